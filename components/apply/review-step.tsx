'use client';

import { useTranslations } from 'next-intl';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { Badge } from '@/components/ui/badge';
import { FormAnswer, isAnswered } from '@/components/case/form-answer';
import { Button } from '@/components/ui/button';
import { NameCheckPanel } from '@/components/names/name-check-result';
import { hasSimilarStatement } from '@/lib/domain/names/compose';
import { answerErrors, contactErrors } from '@/lib/validation/application-answers';
import type { WizardField, WizardMaterial, WizardStep, WizardValues } from './types';
import { NAME_FORM, useWizardNameCheck } from './wizard-name-check';

/**
 * Everything the applicant is about to submit. Missing or invalid answers, and a name the
 * check refuses (or a similar one without the statement), are flagged and block the
 * submission; missing materials are flagged but do not, since a clerk may accept non-core
 * ones with tolerance (DESIGN §4) or ask for them in one supplement notice.
 */
export function ReviewStep({
  form,
  formKey,
  fields,
  materials,
  supplement,
  onEdit,
}: {
  form: UseFormReturn<WizardValues>;
  formKey: string;
  fields: WizardField[];
  materials: WizardMaterial[];
  /** Answering a supplement notice: the case goes back to the window's intake check. */
  supplement: boolean;
  onEdit: (step: WizardStep) => void;
}) {
  const t = useTranslations('applicant.wizard');
  const tv = useTranslations('validation');
  const tm = useTranslations('applicant.wizard.materials');
  const tp = useTranslations('promise.materials');
  const values = useWatch({ control: form.control }) as WizardValues;
  const contactProblems = contactErrors(values.contact);
  const answerProblems = answerErrors(formKey, values.formData ?? {});
  // A name the check refuses, or a similar one without the statement, would come back from the server.
  const nameForm = formKey === NAME_FORM;
  const nameCheck = useWizardNameCheck(form, nameForm);
  const nameProblem =
    nameCheck.verdict === 'refused'
      ? 'nameRefused'
      : nameCheck.verdict === 'similar' && !hasSimilarStatement(values.formData ?? {})
        ? 'statementMissing'
        : undefined;
  const blocked = Object.keys(contactProblems).length > 0 || Object.keys(answerProblems).length > 0 || !!nameProblem;
  const problem = (key: string | undefined) =>
    key ? <span className="block text-sm text-destructive">{tv.has(key) ? tv(key) : key}</span> : null;
  const shown = (value: string | undefined) =>
    value?.trim() ? (
      <span className="break-words">{value}</span>
    ) : (
      <span className="text-muted-foreground">{t('review.notAnswered')}</span>
    );

  const section = (title: string, step: WizardStep, children: React.ReactNode) => (
    <section className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <div className="flex items-center justify-between gap-2">
        <h3 className="font-semibold">{title}</h3>
        <Button
          type="button"
          variant="link"
          size="sm"
          onClick={() => onEdit(step)}
          aria-label={t('review.editLabel', { section: title })}
        >
          {t('review.edit')}
        </Button>
      </div>
      {children}
    </section>
  );

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-muted-foreground">{t('review.intro')}</p>
      {section(
        t('review.contact'),
        1,
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          {(['name', 'phone', 'email'] as const).map((key) => (
            <div key={key} className="contents">
              <dt className="text-muted-foreground">{t(`contact.${key}`)}</dt>
              <dd>
                {shown(values.contact?.[key])}
                {problem(contactProblems[key])}
              </dd>
            </div>
          ))}
        </dl>,
      )}
      {fields.length > 0 &&
        section(
          t('review.form'),
          2,
          <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
            {fields.map((f) => {
              const value = values.formData?.[f.key];
              if (f.onlyWhen && !isAnswered(value)) return null;
              const fieldProblem = Object.entries(answerProblems).find(
                ([path]) => path === f.key || path.startsWith(`${f.key}.`),
              );
              return (
                <div key={f.key} className="contents">
                  <dt className="text-muted-foreground">{f.label}</dt>
                  <dd>
                    {isAnswered(value) ? (
                      <FormAnswer field={f} value={value} />
                    ) : (
                      <span className="text-muted-foreground">{t('review.notAnswered')}</span>
                    )}
                    {problem(fieldProblem?.[1])}
                  </dd>
                </div>
              );
            })}
          </dl>,
        )}
      {nameForm && section(t('nameCheck.title'), 2, <NameCheckPanel state={nameCheck.state} onRetry={nameCheck.retry} />)}
      {materials.length > 0 &&
        section(
          t('review.materials'),
          3,
          <>
            <ul className="flex flex-col gap-2 text-sm">
              {materials.map((m) => (
                <li key={m.code} className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                  <span>{m.name}</span>
                  <span className="flex flex-wrap items-center gap-1.5 sm:justify-end">
                    {m.replacedByPromise ? (
                      <Badge variant="success">{tp('replaced')}</Badge>
                    ) : m.waiver ? (
                      <Badge variant="success">{tm('waived')}</Badge>
                    ) : m.generated ? (
                      <Badge variant="success">{tm('generatedBadge')}</Badge>
                    ) : m.fromWallet ? (
                      <span className="text-muted-foreground">{tm('walletUsed', { code: m.fromWallet })}</span>
                    ) : m.current ? (
                      <span className="text-muted-foreground">
                        {t('review.uploaded', { name: m.current.name, version: m.current.version })}
                      </span>
                    ) : (
                      <>
                        <span className="text-muted-foreground">{t('review.notUploaded')}</span>
                        {m.core ? (
                          <Badge variant="destructive">{t('review.missingCore')}</Badge>
                        ) : m.required ? (
                          <Badge variant="warning">{t('review.missingRequired')}</Badge>
                        ) : null}
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
            {materials.some(
              (m) => m.required && !m.current && !m.fromWallet && !m.waiver && !m.generated && !m.replacedByPromise,
            ) ? (
              <p className="text-xs text-muted-foreground">{t('review.materialsNote')}</p>
            ) : null}
          </>,
        )}
      <p className={blocked ? 'text-sm font-medium text-destructive' : 'text-sm text-muted-foreground'}>
        {nameProblem ? t(`review.${nameProblem}`) : blocked ? t('review.blocking') : t('review.ready')}
      </p>
      {supplement ? <p className="text-sm text-muted-foreground">{t('review.supplementNote')}</p> : null}
    </div>
  );
}
