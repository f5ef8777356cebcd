import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Filter } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { StaffVisibleState } from '@/lib/domain/case-access';

/** The states a desk queue can be opened on (open cases only; never a draft, which is its enterprise's own). */
export const QUEUE_STATES = [
  'submitted',
  'needs_supplement',
  'accepted',
  'in_review',
  'suspended',
  'approved',
] as const satisfies readonly StaffVisibleState[];
export type QueueState = (typeof QUEUE_STATES)[number];

export type QueueFilterValues = {
  item?: string;
  state: QueueState;
  clock?: 'red' | 'yellow';
  assignee?: 'me' | 'unassigned';
};

/** A plain GET form: works without JavaScript and keeps the filter in the URL (and drops the page cursor). */
export async function QueueFilter({ values, items }: { values: QueueFilterValues; items: { code: string; name: string }[] }) {
  const [t, ts] = await Promise.all([getTranslations('desk.queue.filter'), getTranslations('common.caseStates')]);
  const filtered = values.item || values.state !== 'submitted' || values.clock || values.assignee;
  return (
    <form
      method="get"
      action="/desk"
      role="search"
      aria-label={t('label')}
      className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto] lg:items-end"
    >
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="queue-item">{t('item')}</Label>
        <NativeSelect id="queue-item" name="item" defaultValue={values.item ?? ''}>
          <option value="">{t('allItems')}</option>
          {items.map((i) => (
            <option key={i.code} value={i.code}>
              {i.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="queue-state">{t('state')}</Label>
        <NativeSelect id="queue-state" name="state" defaultValue={values.state}>
          {QUEUE_STATES.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="queue-clock">{t('clock')}</Label>
        <NativeSelect id="queue-clock" name="clock" defaultValue={values.clock ?? ''}>
          <option value="">{t('allClocks')}</option>
          <option value="red">{t('red')}</option>
          <option value="yellow">{t('yellow')}</option>
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="queue-assignee">{t('assignee')}</Label>
        <NativeSelect id="queue-assignee" name="assignee" defaultValue={values.assignee ?? ''}>
          <option value="">{t('allAssignees')}</option>
          <option value="me">{t('me')}</option>
          <option value="unassigned">{t('unassigned')}</option>
        </NativeSelect>
      </div>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-1">
        <Button type="submit">
          <Filter aria-hidden />
          {t('apply')}
        </Button>
        {filtered && (
          <Button asChild variant="ghost">
            <Link href="/desk">{t('reset')}</Link>
          </Button>
        )}
      </div>
    </form>
  );
}
