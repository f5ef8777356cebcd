import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { zoneDayStart } from '@/lib/domain/clock';
import type { CaseClockState } from '@/lib/domain/clock-state';

/**
 * One line of a case's promised-limit clock for a list: when it starts, the deadline while it
 * runs (flagged once passed), or — once the case has ended — stopped, on time or late, with the
 * working days used. The same state the case pages show in full (`CaseClocks`).
 */
export async function ClockSummary({ clocks }: { clocks: CaseClockState }) {
  const [t, format] = await Promise.all([getTranslations('case.clocks.summary'), getFormatter()]);
  switch (clocks.phase) {
    case 'notStarted':
    case 'endedUnaccepted':
      return <span className="text-muted-foreground">{t(clocks.phase)}</span>;
    case 'running':
      return (
        <span className="inline-flex flex-wrap items-center gap-1.5">
          <time dateTime={clocks.service.deadline}>
            {format.dateTime(zoneDayStart(clocks.service.deadline), { dateStyle: 'medium' })}
          </time>
          {clocks.service.status === 'red' && <Badge variant="destructive">{t('overdue')}</Badge>}
        </span>
      );
    case 'closed':
      return (
        <span className={clocks.service.outcome === 'late' ? 'text-destructive' : 'text-muted-foreground'}>
          {t(clocks.service.outcome, { days: clocks.service.usedDays })}
        </span>
      );
  }
}
