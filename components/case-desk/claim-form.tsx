'use client';

import { useTranslations } from 'next-intl';
import { claimCaseAction } from '@/lib/actions/case';
import { ActionCard, ActionFeedback, ActionSubmit } from './action-parts';
import { useCaseAction, type CaseRef } from './use-case-action';

/** Claim (认领): the viewer makes themselves the case's assignee. */
export function ClaimForm({ caseRef, assigneeName }: { caseRef: CaseRef; assigneeName: string | null }) {
  const t = useTranslations('desk.caseForms.claim');
  const ta = useTranslations('desk.actions');
  const action = useCaseAction(caseRef);
  return (
    <ActionCard id="action-claim" title={ta('claim')} hint={assigneeName ? t('reassign', { name: assigneeName }) : t('hint')}>
      <form
        noValidate
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(() => claimCaseAction({ caseId: caseRef.caseId, version: caseRef.version }));
        }}
      >
        <ActionFeedback state={action} />
        <ActionSubmit label={ta('claim')} pending={action.pending} variant="outline" />
      </form>
    </ActionCard>
  );
}
