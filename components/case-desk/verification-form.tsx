'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FieldGroup, FormField, FormMessage } from '@/components/form/form-field';
import { Textarea } from '@/components/ui/input';
import { decideVerificationAction } from '@/lib/actions/promise';
import { ActionSubmit, GroupError } from './action-parts';

type Finding = { compliant: boolean | null; note: string };

/**
 * The verifying reviewer's record of a post-approval verification (事中事后核查): for each
 * promise, true or untrue with what was found, and the conclusion when one is untrue. An untrue
 * promise revokes the case, so that verdict asks for a second click.
 */
export function VerificationForm({
  caseId,
  taskId,
  promises,
}: {
  caseId: string;
  taskId: string;
  promises: { obligationId: string; clause: string }[];
}) {
  const t = useTranslations('promise.form');
  const router = useRouter();
  const [findings, setFindings] = useState<Record<string, Finding>>(
    Object.fromEntries(promises.map((p) => [p.obligationId, { compliant: null, note: '' }])),
  );
  const [verdictReason, setVerdictReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const breach = Object.values(findings).some((f) => f.compliant === false);
  const set = (id: string, change: Partial<Finding>) => setFindings((all) => ({ ...all, [id]: { ...all[id], ...change } }));

  function validate() {
    const problems: Record<string, string> = {};
    promises.forEach((p, i) => {
      const f = findings[p.obligationId];
      if (f.compliant === null) problems[`findings.${i}`] = 'required';
      else if (!f.compliant && f.note.trim().length < 2) problems[`findings.${i}.note`] = 'noteRequired';
    });
    if (breach && verdictReason.trim().length < 2) problems.verdictReason = 'reasonRequired';
    setErrors(problems);
    return Object.keys(problems).length === 0;
  }

  return (
    <form
      noValidate
      className="flex flex-col gap-4 border-t pt-4"
      aria-labelledby={`verification-${taskId}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!validate()) return;
        startTransition(async () => {
          const result = await decideVerificationAction({
            taskId,
            caseId,
            findings: promises.map((p) => ({
              obligationId: p.obligationId,
              compliant: !!findings[p.obligationId].compliant,
              note: findings[p.obligationId].note,
            })),
            verdictReason,
          });
          if (result.ok) {
            router.refresh();
            return;
          }
          setFormError(result.formError === 'invalid' ? undefined : result.formError);
          setErrors(Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, v?.[0] ?? 'invalid'])));
        });
      }}
    >
      <div className="flex flex-col gap-1">
        <h5 id={`verification-${taskId}`} className="font-semibold">
          {t('heading')}
        </h5>
        <p className="text-sm text-muted-foreground">{t('hint')}</p>
      </div>
      {promises.map((p, i) => {
        const f = findings[p.obligationId];
        return (
          <FieldGroup
            key={p.obligationId}
            id={`finding-${p.obligationId}`}
            label={p.clause}
            error={errors[`findings.${i}`]}
            required
          >
            <div className="flex flex-wrap gap-4 text-sm">
              {([true, false] as const).map((value) => (
                <label key={String(value)} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name={`finding-${p.obligationId}`}
                    checked={f.compliant === value}
                    onChange={() => set(p.obligationId, { compliant: value })}
                  />
                  {value ? t('kept') : t('untrue')}
                </label>
              ))}
            </div>
            {f.compliant === false ? (
              <FormField id={`note-${p.obligationId}`} label={t('note')} error={errors[`findings.${i}.note`]} required>
                <Textarea
                  rows={2}
                  maxLength={1000}
                  placeholder={t('notePlaceholder')}
                  value={f.note}
                  onChange={(event) => set(p.obligationId, { note: event.target.value })}
                />
              </FormField>
            ) : null}
          </FieldGroup>
        );
      })}
      {breach ? (
        <FormField
          id={`verdict-${taskId}`}
          label={t('verdictReason')}
          hint={t('verdictReasonHint')}
          error={errors.verdictReason}
          required
        >
          <Textarea rows={2} maxLength={1000} value={verdictReason} onChange={(event) => setVerdictReason(event.target.value)} />
        </FormField>
      ) : null}
      <FormMessage error={formError} />
      <GroupError id={`verification-${taskId}-findings`} error={errors.findings} />
      <ActionSubmit
        key={breach ? 'breach' : 'kept'}
        label={t('submit')}
        pending={pending}
        confirm={breach ? t('confirmBreach') : undefined}
        validate={async () => validate()}
        variant={breach ? 'destructive' : 'default'}
      />
    </form>
  );
}
