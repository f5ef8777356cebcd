'use client';

import type { Transition } from '@/lib/domain/workflow';
import { ActionCard, ActionFeedback, ActionSubmit } from './action-parts';
import { useCaseAction, type CaseRef } from './use-case-action';

/** An action that needs nothing but the click: accept, route to review, issue, resume, (re)submit. */
export function SimpleActionForm({
  caseRef,
  transition,
  label,
  hint,
  confirm,
}: {
  caseRef: CaseRef;
  transition: Transition;
  label: string;
  hint?: string;
  /** The second-click label, for actions that cannot be undone. */
  confirm?: string;
}) {
  const action = useCaseAction(caseRef);
  return (
    <ActionCard id={`action-${transition}`} title={label} hint={hint} tone={confirm ? 'destructive' : 'default'}>
      <form
        noValidate
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          void action.send({ transition });
        }}
      >
        <ActionFeedback state={action} />
        <ActionSubmit key={action.attempt} label={label} pending={action.pending} confirm={confirm} />
      </form>
    </ActionCard>
  );
}
