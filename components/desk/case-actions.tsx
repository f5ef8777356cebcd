import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ActionCard } from '@/components/case-desk/action-parts';
import { ClaimForm } from '@/components/case-desk/claim-form';
import { ApproveForm, ConditionalApproveForm, DenyForm } from '@/components/case-desk/decision-forms';
import { ReasonActionForm } from '@/components/case-desk/reason-action-form';
import { SimpleActionForm } from '@/components/case-desk/simple-action-form';
import { SupplementForm } from '@/components/case-desk/supplement-form';
import { ToleranceForm } from '@/components/case-desk/tolerance-form';
import type { CaseDetail } from '@/lib/data/case-detail';
import { zoneDayStart } from '@/lib/domain/clock';
import { intakeComplete, tolerable } from '@/lib/domain/intake';
import { FINAL_STATES, type Transition } from '@/lib/domain/workflow';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { deficiencyTargets } from './deficiency-targets';
import { IntakeCheck } from './intake-check';
import { ToleranceCommitmentStatus } from './tolerance-commitment-status';

/**
 * The panel's order: intake first, then review, then closing. Only these are shown: the system's
 * own transitions (a combined case's outcome, its merged revision request) are never a button.
 */
const ORDER: readonly Transition[] = [
  'accept',
  'accept_with_tolerance',
  'approve_on_promise',
  'request_supplement',
  'refuse',
  'route_to_review',
  'approve',
  'approve_with_conditions',
  'deny',
  'issue',
  'suspend',
  'resume',
  'submit',
  'resubmit',
  // A clerk enters the applicant's answer to a combined case's revision notice at the window.
  'resubmit_for_review',
  'withdraw',
  'revoke',
];

/**
 * The actions panel: exactly the transitions the workflow machine offers this viewer now
 * (`detail.transitions`), plus claiming. Each form carries the version the viewer sees.
 */
export async function CaseActions({
  detail,
  tolerance,
}: {
  detail: CaseDetail;
  /** Today and the latest due date of a tolerated material (the promised limit from today). */
  tolerance: { today: string; latest: string } | null;
}) {
  const [t, ti, ta, tf, format, locale] = await Promise.all([
    getTranslations('desk.case.actions'),
    getTranslations('desk.case.intake'),
    getTranslations('desk.actions'),
    getTranslations('desk.caseForms'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const caseRef = { caseId: detail.id, version: detail.version };
  const offered = ORDER.filter((x) => detail.transitions.includes(x));
  // Claiming a case that has ended would change nothing anyone works on.
  const claimable = detail.canClaim && !FINAL_STATES.includes(detail.state);
  const supplied = (code: string) => detail.materials.some((m) => m.code === code && m.versions.some((v) => v.current));
  // The intake check decides both acceptances; what it finds missing is shown before the click.
  const gaps = detail.intake;
  const intakeOffered =
    !!gaps && (offered.includes('accept') || offered.includes('accept_with_tolerance') || offered.includes('approve_on_promise'));
  const blocked = (transition: Transition, message: string) => (
    <ActionCard key={`${transition}-${detail.version}`} id={`action-${transition}`} title={ta(transition)}>
      <p className="text-sm text-muted-foreground">{message}</p>
    </ActionCard>
  );

  const form = (transition: Transition) => {
    const key = `${transition}-${detail.version}`;
    switch (transition) {
      case 'accept':
        if (gaps && !intakeComplete(gaps)) return blocked(transition, ti('acceptBlocked'));
        return (
          <SimpleActionForm
            key={key}
            caseRef={caseRef}
            transition={transition}
            label={ta(transition)}
            hint={tf('hints.accept')}
          />
        );
      case 'accept_with_tolerance': {
        if (!tolerance) return null;
        if (gaps && !tolerable(gaps)) return blocked(transition, ti('toleranceBlocked'));
        // Propose, the applicant signs (online, or on paper whose scan the window attaches), then accept (DESIGN §4).
        const commitment =
          detail.commitment?.status === 'proposed' || detail.commitment?.status === 'signed' ? detail.commitment : null;
        return (
          <ActionCard key={key} id="action-accept_with_tolerance" title={ta(transition)} hint={tf('tolerance.hint')}>
            {commitment && <ToleranceCommitmentStatus commitment={commitment} caseRef={caseRef} label={ta(transition)} />}
            <ToleranceForm
              caseRef={caseRef}
              proposed={commitment?.items.map((i) => ({ code: i.materialCode, dueDate: i.dueDate })) ?? null}
              label={tf(commitment ? 'tolerance.proposeAgain' : 'tolerance.propose')}
              materials={detail.materials
                .filter((m) => !m.core)
                .map((m) => ({ code: m.code, name: pickLanguage(m.name, locale), supplied: supplied(m.code) }))}
              coreNames={detail.materials.filter((m) => m.core).map((m) => pickLanguage(m.name, locale))}
              missing={gaps?.otherMaterials ?? []}
              today={tolerance.today}
              latest={tolerance.latest}
              latestLabel={format.dateTime(zoneDayStart(tolerance.latest), { dateStyle: 'long' })}
              promisedDays={detail.service.promisedDays}
            />
          </ActionCard>
        );
      }
      // Promise-based approval: the formal check decides, and the result is issued now (DESIGN §4).
      case 'approve_on_promise':
        if (gaps && !intakeComplete(gaps)) return blocked(transition, ti('acceptBlocked'));
        return (
          <SimpleActionForm
            key={key}
            caseRef={caseRef}
            transition={transition}
            label={ta(transition)}
            hint={tf('hints.approve_on_promise')}
            confirm={tf('confirm.approve_on_promise')}
          />
        );
      case 'request_supplement':
        return <SupplementForm key={key} caseRef={caseRef} targets={deficiencyTargets(detail, locale)} />;
      case 'refuse':
      case 'suspend':
      case 'revoke':
        return (
          <ReasonActionForm
            key={key}
            caseRef={caseRef}
            transition={transition}
            label={ta(transition)}
            hint={tf(`${transition}.hint`)}
            reasonLabel={tf(`${transition}.reason`)}
            confirm={transition === 'suspend' ? undefined : tf(`confirm.${transition}`)}
          />
        );
      case 'approve':
        return <ApproveForm key={key} caseRef={caseRef} />;
      case 'approve_with_conditions':
        return <ConditionalApproveForm key={key} caseRef={caseRef} />;
      case 'deny':
        return <DenyForm key={key} caseRef={caseRef} />;
      default:
        return (
          <SimpleActionForm
            key={key}
            caseRef={caseRef}
            transition={transition}
            label={ta(transition)}
            hint={tf.has(`hints.${transition}`) ? tf(`hints.${transition}`) : undefined}
            confirm={transition === 'withdraw' ? tf('confirm.withdraw') : undefined}
          />
        );
    }
  };

  return (
    <section aria-labelledby="case-actions" className="flex flex-col gap-3">
      <h2 id="case-actions" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {claimable && <ClaimForm key={`claim-${detail.version}`} caseRef={caseRef} assigneeName={detail.assignee?.name ?? null} />}
      {intakeOffered && gaps && <IntakeCheck detail={detail} gaps={gaps} />}
      {offered.map(form)}
      {offered.length === 0 && !claimable && (
        <p className="rounded-lg border border-dashed p-4 text-sm text-muted-foreground">{t('none')}</p>
      )}
    </section>
  );
}
