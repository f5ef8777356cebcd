import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { CaseDetail } from '@/lib/data/case-detail';
import { zoneDayStart } from '@/lib/domain/clock';
import type { FinalClock } from '@/lib/domain/clock-state';
import type { CaseClock } from '@/lib/domain/sla';

const STATUS_VARIANT = {
  running: 'success',
  stopped: 'secondary',
  yellow: 'warning',
  red: 'destructive',
  onTime: 'secondary',
  late: 'destructive',
} as const;

type Reading = { kind: 'running'; clock: CaseClock & { limitDays: number } } | { kind: 'final'; clock: FinalClock };

/**
 * Both clocks of DESIGN §3, the one view of them for the applicant and the desk alike: before
 * acceptance when they start; while open the deadline, working days left and used, and the
 * yellow / red flags; once the case has ended, stopped for good with the final figures.
 */
export async function CaseClocks({ detail }: { detail: CaseDetail }) {
  const [t, ts, format] = await Promise.all([
    getTranslations('case.clocks'),
    getTranslations('common.caseStates'),
    getFormatter(),
  ]);
  const clocks = detail.clocks;
  const limits = t('limits', { legal: detail.service.statutoryDays, service: detail.service.promisedDays });
  const readings: [string, Reading][] =
    clocks.phase === 'running'
      ? [
          [t('service'), { kind: 'running', clock: clocks.service }],
          [t('legal'), { kind: 'running', clock: clocks.legal }],
        ]
      : clocks.phase === 'closed'
        ? [
            [t('service'), { kind: 'final', clock: clocks.service }],
            [t('legal'), { kind: 'final', clock: clocks.legal }],
          ]
        : [];
  return (
    <section aria-labelledby="case-clocks" className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <h2 id="case-clocks" className="font-semibold">
        {t('heading')}
      </h2>
      <p className="text-sm text-muted-foreground">{limits}</p>
      {clocks.phase === 'notStarted' && <p className="text-sm">{t('notStarted')}</p>}
      {clocks.phase === 'endedUnaccepted' && <p className="text-sm">{t('endedUnaccepted', { state: ts(detail.state) })}</p>}
      {clocks.phase === 'closed' && (
        <p className="text-sm">
          {t('closed', { date: format.dateTime(zoneDayStart(clocks.closedOn), { dateStyle: 'long' }), state: ts(detail.state) })}
        </p>
      )}
      {readings.length > 0 && (
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
          {readings.map(([label, reading]) => (
            <ClockCard key={label} label={label} reading={reading} />
          ))}
        </div>
      )}
    </section>
  );
}

async function ClockCard({ label, reading }: { label: string; reading: Reading }) {
  const [t, format] = await Promise.all([getTranslations('case.clocks'), getFormatter()]);
  const { clock } = reading;
  const status = reading.kind === 'running' ? reading.clock.status : reading.clock.outcome;
  return (
    <div className="flex flex-col gap-2 rounded-md border p-3 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-medium">
          {label} <span className="font-normal text-muted-foreground">· {t('limit', { days: clock.limitDays })}</span>
        </h3>
        <Badge variant={STATUS_VARIANT[status]}>{t(`status.${status}`)}</Badge>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-muted-foreground">{t('deadline')}</dt>
        <dd className="flex flex-wrap items-center gap-1.5">
          <time dateTime={clock.deadline} className="font-medium">
            {format.dateTime(zoneDayStart(clock.deadline), { dateStyle: 'medium' })}
          </time>
          {clock.provisional && <Badge variant="outline">{t('provisional')}</Badge>}
        </dd>
        {reading.kind === 'running' && (
          <>
            <dt className="text-muted-foreground">{t('remaining')}</dt>
            <dd className={reading.clock.remainingDays < 0 ? 'font-medium text-destructive' : undefined}>
              {reading.clock.remainingDays < 0
                ? t('overdueDays', { days: -reading.clock.remainingDays })
                : t('remainingDays', { days: reading.clock.remainingDays })}
            </dd>
          </>
        )}
        <dt className="text-muted-foreground">{t('used')}</dt>
        <dd>{t('usedDays', { days: clock.usedDays })}</dd>
        {reading.kind === 'final' && (
          <>
            <dt className="text-muted-foreground">{t('result')}</dt>
            <dd className={reading.clock.outcome === 'late' ? 'font-medium text-destructive' : 'font-medium'}>
              {reading.clock.outcome === 'late' ? t('lateResult', { days: reading.clock.lateDays }) : t('onTimeResult')}
            </dd>
          </>
        )}
      </dl>
      {clock.provisional && reading.kind === 'running' && <p className="text-xs text-muted-foreground">{t('provisionalHint')}</p>}
    </div>
  );
}
