'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { chooseActingEnterpriseAction } from '@/lib/actions/enterprise';

/** The header's enterprise choice; the labels come translated from the server component. */
export function EnterpriseSwitcherSelect({
  label,
  currentId,
  options,
  failed,
}: {
  label: string;
  currentId: string;
  options: { id: string; label: string }[];
  failed: string;
}) {
  const id = useId();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState(false);
  const current = options.find((o) => o.id === currentId);
  return (
    <div className="flex min-w-0 items-center gap-2 text-sm">
      {/* Named for screen readers only: the header has room for one line at 1366 px. */}
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      {options.length > 1 ? (
        <select
          id={id}
          value={currentId}
          disabled={pending}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            const enterpriseId = event.target.value;
            startTransition(async () => {
              const result = await chooseActingEnterpriseAction({ enterpriseId });
              setError(!result.ok);
              router.refresh();
            });
          }}
          className="max-w-36 truncate rounded-md border bg-card px-2 py-1 lg:max-w-40"
        >
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <output id={id} className="block max-w-36 truncate font-medium lg:max-w-40">
          {current?.label}
        </output>
      )}
      {error ? (
        <span id={`${id}-error`} role="alert" className="text-destructive">
          {failed}
        </span>
      ) : null}
    </div>
  );
}
