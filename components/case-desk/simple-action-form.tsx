'use client';

import type { Transition } from '@/lib/domain/workflow';
import { ActionCard, ActionFeedback, ActionSubmit } from './action-parts';
import { useCaseAction, type CaseRef } from './use-case-action';

type ActionButtonProps = {
  caseRef: CaseRef;
  transition: Transition;
  label: string;
  /** The second-click label, for actions that cannot be undone. */
  confirm?: string;
};

/** The button of an action that needs nothing but the click, with what went wrong with the last attempt. */
export function ActionButtonForm({ caseRef, transition, label, confirm }: ActionButtonProps) {
  const action = useCaseAction(caseRef);
  return (
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
  );
}

/** An action that needs nothing but the click: accept, route to review, issue, resume, (re)submit. */
export function SimpleActionForm({ hint, ...props }: ActionButtonProps & { hint?: string }) {
  return (
    <ActionCard
      id={`action-${props.transition}`}
      title={props.label}
      hint={hint}
      tone={props.confirm ? 'destructive' : 'default'}
    >
      <ActionButtonForm {...props} />
    </ActionCard>
  );
}
