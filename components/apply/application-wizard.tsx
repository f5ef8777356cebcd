'use client';

import { ChevronLeft, ChevronRight, Loader2 } from 'lucide-react';
import { useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { FormMessage } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { caseAction, submitCaseAction } from '@/lib/actions/case';
import type { ActionResult } from '@/lib/actions/define-action';
import type { ContactAnswers } from '@/lib/validation/application-answers';
import { cn } from '@/lib/utils';
import { AnswersStep } from './answers-step';
import { ApprovalRoute, type ApprovalRouteProps } from './approval-route';
import { ContactStep } from './contact-step';
import { MaterialsStep } from './materials-step';
import { errorPath, wizardResolver } from './resolver';
import { ReviewStep } from './review-step';
import { SaveStatusLine } from './save-status';
import { forgetSubmitKey, submitKeyFor } from './submit-key';
import { parseStep, WIZARD_STEPS, type WizardField, type WizardMaterial, type WizardStep, type WizardValues } from './types';
import { useDraftAutosave } from './use-draft-autosave';
import { NAME_FORM, WizardNameCheck } from './wizard-name-check';

export type ApplicationWizardProps = {
  caseId: string;
  /** The case page the wizard goes to once the case is submitted. */
  caseHref: string;
  /**
   * `draft`: a draft, submitted. Otherwise a case answering its open notice, resubmitted with the
   * transition the workflow machine offers: `resubmit` to the window, or `resubmit_for_review`
   * back to a combined case's departments (a revision notice).
   */
  mode: 'draft' | 'resubmit' | 'resubmit_for_review';
  version: number;
  formKey: string;
  contact: ContactAnswers;
  formData: WizardValues['formData'];
  fields: WizardField[];
  materials: WizardMaterial[];
  /** How a draft is decided (promise-based approval, tolerance), when the item offers a choice. */
  route?: ApprovalRouteProps;
};

const CONTACT_PATHS = ['contact.name', 'contact.phone', 'contact.email'] as const satisfies Path<WizardValues>[];

type SubmitError = { key: string; wizard: boolean };

/** What the submission's field errors are about, for the message above the step. */
function submitErrorKey(messages: readonly string[]): string {
  if (messages.some((m) => m.startsWith('nameRule.') || m === 'nameTaken')) return 'nameRefused';
  if (messages.includes('similarStatementRequired')) return 'statementRequired';
  return 'fieldsIncomplete';
}

/**
 * The application wizard on an existing draft: contact, the item's form, materials, review.
 * The step lives in the URL (`?step=`), the answers in the browser until the autosave has
 * put them into the draft. Submitting validates with the shared schemas, saves every
 * answer, then submits with this draft's idempotency key, so a double click, a retry or a
 * reload submits one case.
 */
export function ApplicationWizard({
  caseId,
  caseHref,
  mode,
  version,
  formKey,
  contact,
  formData,
  fields,
  materials,
  route,
}: ApplicationWizardProps) {
  const t = useTranslations('applicant.wizard');
  const router = useRouter();
  const searchParams = useSearchParams();
  const step = parseStep(searchParams.get('step'));
  const resolver = useMemo(() => wizardResolver(formKey, fields), [formKey, fields]);
  const form = useForm<WizardValues>({ defaultValues: { contact, formData }, resolver });
  const autosave = useDraftAutosave(caseId, form.getValues);
  const { changed, save } = autosave;
  const fieldPaths = useMemo(() => fields.map((f) => `formData.${f.key}` as const), [fields]);

  // Every change is autosaved; a field showing an error is checked again as it is corrected.
  useEffect(() => {
    const subscription = form.watch((_, { name }) => {
      changed(name);
      if (name && form.getFieldState(name).error) void form.trigger(name);
    });
    return () => subscription.unsubscribe();
  }, [form, changed]);

  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  const focusFirstError = useRef(false);
  const goTo = useCallback(
    (next: WizardStep, options: { focusError?: boolean } = {}) => {
      focusFirstError.current = !!options.focusError;
      void save(); // leaving a step saves what is pending now rather than after the pause
      const params = new URLSearchParams(searchParams.toString());
      params.set('step', String(next));
      // Through the router, not history.pushState: a refresh still running after an upload
      // would otherwise land after the step change and put the old step back.
      router.push(`?${params.toString()}`, { scroll: false });
    },
    [save, searchParams, router],
  );

  // On a new step (not on a refresh of the same one, as after an upload): focus its first
  // error when it was opened to correct one, else its heading.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    if (focusFirstError.current) {
      focusFirstError.current = false;
      const paths: readonly Path<WizardValues>[] = step === 1 ? CONTACT_PATHS : step === 2 ? fieldPaths : [];
      const first = paths.find((p) => form.getFieldState(p).error);
      if (first) {
        form.setFocus(first);
        return;
      }
    }
    heading.current?.focus();
    window.scrollTo({ top: 0 });
  }, [step, fieldPaths, form]);

  async function next() {
    const paths: readonly Path<WizardValues>[] = step === 1 ? CONTACT_PATHS : step === 2 ? fieldPaths : [];
    if (paths.length && !(await form.trigger(paths, { shouldFocus: true }))) return;
    goTo((step + 1) as WizardStep);
  }

  // One key per draft, kept across reloads of this tab: see submit-key.ts.
  const submitKey = useRef<string | null>(null);
  useEffect(() => {
    if (mode === 'draft') submitKey.current = submitKeyFor(caseId);
  }, [caseId, mode]);

  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<SubmitError>();
  const busy = useRef(false);

  async function submit() {
    if (busy.current) return;
    busy.current = true;
    setSubmitting(true);
    setSubmitError(undefined);
    let succeeded = false;
    try {
      if (!(await form.trigger(CONTACT_PATHS))) {
        setSubmitError({ key: 'fieldsIncomplete', wizard: true });
        goTo(1, { focusError: true });
        return;
      }
      if (!(await form.trigger(fieldPaths))) {
        setSubmitError({ key: 'fieldsIncomplete', wizard: true });
        goTo(2, { focusError: true });
        return;
      }
      if (!(await save(true))) {
        setSubmitError({ key: 'saveFailed', wizard: true });
        return;
      }
      const result: ActionResult<unknown> =
        mode !== 'draft'
          ? await caseAction({ caseId, version, transition: mode })
          : await submitCaseAction({ caseId, idempotencyKey: (submitKey.current ??= submitKeyFor(caseId)) });
      if (result.ok) {
        succeeded = true;
        forgetSubmitKey(caseId);
        router.push(caseHref);
        return;
      }
      const fieldErrors = Object.entries(result.fieldErrors ?? {}).filter(([path]) =>
        fields.some((f) => f.key === path.split('.')[0]),
      );
      if (fieldErrors.length) {
        for (const [path, messages] of fieldErrors) {
          if (messages[0]) form.setError(errorPath(fields, path) as Path<WizardValues>, { type: 'server', message: messages[0] });
        }
        setSubmitError({ key: submitErrorKey(fieldErrors.flatMap(([, messages]) => messages)), wizard: true });
        goTo(2, { focusError: true });
        return;
      }
      // Filed on the enterprise's behalf: its authorization expired or was revoked since.
      if (result.fieldErrors?.authorizationId) {
        setSubmitError({ key: 'authorizationInvalid', wizard: true });
        return;
      }
      if (result.formError === 'staleVersion') {
        // Submitted from another tab, or sent back to the desk: the page shows where it stands now.
        setSubmitError({ key: 'changed', wizard: true });
        router.refresh();
        return;
      }
      setSubmitError({ key: result.formError ?? 'unexpected', wizard: false });
    } catch {
      setSubmitError({ key: 'unexpected', wizard: false }); // the request failed; the same key is sent on retry
    } finally {
      if (!succeeded) {
        busy.current = false;
        setSubmitting(false);
      }
    }
  }

  const stepName = WIZARD_STEPS[step - 1];
  return (
    <div className="flex flex-col gap-5">
      <nav aria-label={t('stepsLabel')}>
        <ol className="grid grid-cols-4 gap-1 text-center text-xs sm:text-sm">
          {WIZARD_STEPS.map((name, i) => {
            const n = (i + 1) as WizardStep;
            const current = n === step;
            return (
              <li key={name}>
                <a
                  href={`?step=${n}`}
                  onClick={(event) => {
                    event.preventDefault();
                    if (!current) goTo(n);
                  }}
                  aria-current={current ? 'step' : undefined}
                  className={cn(
                    'flex flex-col items-center gap-1 rounded-md border-b-2 px-1 py-2 hover:bg-accent',
                    current ? 'border-primary font-semibold text-primary' : 'border-transparent text-muted-foreground',
                  )}
                >
                  <span
                    aria-hidden
                    className={cn(
                      'flex size-6 items-center justify-center rounded-full border text-xs',
                      current ? 'border-primary bg-primary text-primary-foreground' : 'bg-card',
                    )}
                  >
                    {n}
                  </span>
                  <span>{t(`steps.${name}`)}</span>
                </a>
              </li>
            );
          })}
        </ol>
      </nav>

      <div className="flex flex-col gap-1">
        <p className="text-sm text-muted-foreground">{t('stepOf', { step, total: WIZARD_STEPS.length })}</p>
        <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
          {t(`steps.${stepName}`)}
        </h2>
        <SaveStatusLine status={autosave.status} onRetry={() => void save()} />
      </div>

      {submitError ? (
        submitError.wizard ? (
          <p
            role="alert"
            className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
          >
            {t(`errors.${submitError.key}`)}
          </p>
        ) : (
          <FormMessage error={submitError.key} />
        )
      ) : null}

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step === 4) void submit();
          else void next();
        }}
        className="flex flex-col gap-6"
      >
        {step === 1 ? <ContactStep form={form} /> : null}
        {step === 2 ? <AnswersStep form={form} fields={fields} /> : null}
        {step === 2 && formKey === NAME_FORM ? <WizardNameCheck form={form} fields={fields} /> : null}
        {step === 3 && route ? <ApprovalRoute {...route} /> : null}
        {step === 3 ? <MaterialsStep caseId={caseId} materials={materials} /> : null}
        {step === 4 ? (
          <ReviewStep
            form={form}
            formKey={formKey}
            fields={fields}
            materials={materials}
            supplement={mode !== 'draft'}
            onEdit={goTo}
          />
        ) : null}

        <div className="flex flex-col-reverse gap-2 border-t pt-4 sm:flex-row sm:justify-between">
          {step > 1 ? (
            <Button type="button" variant="outline" onClick={() => goTo((step - 1) as WizardStep)}>
              <ChevronLeft aria-hidden />
              {t('previous')}
            </Button>
          ) : (
            <span />
          )}
          {step < 4 ? (
            <Button type="submit">
              {t('next')}
              <ChevronRight aria-hidden />
            </Button>
          ) : (
            // The name stays the same while pending, so the button is the same button to assistive tech.
            <Button type="submit" disabled={submitting} aria-busy={submitting}>
              {submitting ? <Loader2 className="animate-spin" aria-hidden /> : null}
              {mode !== 'draft' ? t('resubmit') : t('submit')}
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
