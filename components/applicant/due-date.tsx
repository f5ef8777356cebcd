import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { CaseState } from '@/db/schema';
import { zoneDate, zoneDayStart } from '@/lib/domain/clock';

const CLOCK_RUNNING: readonly CaseState[] = ['submitted', 'accepted', 'in_review', 'approved'];

/**
 * A deadline (a zone calendar date), flagged red once it has passed while the case is still
 * open. Before acceptance there is no deadline yet: the clocks start when a case is accepted.
 */
export async function DueDate({ date, state, now = new Date() }: { date: string | null; state: CaseState; now?: Date }) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations('applicant.dueDate')]);
  if (!date) return <span className="text-muted-foreground">{t('notStarted')}</span>;
  const overdue = CLOCK_RUNNING.includes(state) && date < zoneDate(now);
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <time dateTime={date}>{format.dateTime(zoneDayStart(date), { dateStyle: 'medium' })}</time>
      {overdue && <Badge variant="destructive">{t('overdue')}</Badge>}
    </span>
  );
}
