import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { CaseDetail } from '@/lib/data/case-detail';
import { zoneDayStart } from '@/lib/domain/clock';
import { FINAL_STATES } from '@/lib/domain/workflow';

type Clock = NonNullable<CaseDetail['clocks']>['legal'];

/** Both clocks (DESIGN §3): deadline, working days left, yellow and red flags, stops and provisional dates. */
export async function CaseClocks({ detail }: { detail: CaseDetail }) {
  const [t, format] = await Promise.all([getTranslations('applicant.caseView.clocks'), getFormatter()]);
  const closed = FINAL_STATES.includes(detail.state);
  const row = (label: string, clock: Clock) => (
    <div className="flex flex-col gap-1 rounded-md border p-3">
      <span className="text-sm text-muted-foreground">{label}</span>
      <span className="flex flex-wrap items-center gap-2">
        <time dateTime={clock.deadline} className="font-medium">
          {format.dateTime(zoneDayStart(clock.deadline), { dateStyle: 'long' })}
        </time>
        {clock.provisional ? <Badge variant="outline">{t('provisional')}</Badge> : null}
        {!closed && clock.status === 'red' ? <Badge variant="destructive">{t('overdue')}</Badge> : null}
        {!closed && clock.status === 'yellow' ? <Badge variant="warning">{t('warning')}</Badge> : null}
        {!closed && clock.status === 'stopped' ? <Badge variant="secondary">{t('stopped')}</Badge> : null}
      </span>
      {closed ? null : (
        <span className={clock.remainingDays < 0 ? 'text-sm text-destructive' : 'text-sm'}>
          {clock.remainingDays < 0
            ? t('overdueBy', { days: -clock.remainingDays })
            : t('remaining', { days: clock.remainingDays })}
        </span>
      )}
    </div>
  );
  return (
    <section aria-labelledby="case-clocks" className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <h2 id="case-clocks" className="font-semibold">
        {t('heading')}
      </h2>
      <p className="text-sm text-muted-foreground">
        {t('limits', { statutory: detail.service.statutoryDays, promised: detail.service.promisedDays })}
      </p>
      {detail.clocks ? (
        <div className="flex flex-col gap-2">
          {row(t('service'), detail.clocks.service)}
          {row(t('legal'), detail.clocks.legal)}
          {detail.clocks.service.provisional || detail.clocks.legal.provisional ? (
            <p className="text-xs text-muted-foreground">{t('provisionalNote')}</p>
          ) : null}
        </div>
      ) : (
        <p className="text-sm">{t('notStarted')}</p>
      )}
    </section>
  );
}
