import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { CaseDetail } from '@/lib/data/case-detail';
import { zoneDayStart } from '@/lib/domain/clock';
import type { CaseClock } from '@/lib/domain/sla';

const STATUS_VARIANT = { running: 'success', stopped: 'secondary', yellow: 'warning', red: 'destructive' } as const;

/** Both clocks of DESIGN §3: deadline, working days left, red/yellow status, provisional marker. */
export async function CaseClocks({ detail }: { detail: CaseDetail }) {
  const t = await getTranslations('desk.case.clocks');
  return (
    <section aria-labelledby="case-clocks" className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <h2 id="case-clocks" className="font-semibold">
        {t('heading')}
      </h2>
      {detail.clocks ? (
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
          <ClockCard label={t('legal')} limitDays={detail.service.statutoryDays} clock={detail.clocks.legal} />
          <ClockCard label={t('service')} limitDays={detail.service.promisedDays} clock={detail.clocks.service} />
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">
          {t('notStarted', { legal: detail.service.statutoryDays, service: detail.service.promisedDays })}
        </p>
      )}
    </section>
  );
}

async function ClockCard({ label, limitDays, clock }: { label: string; limitDays: number; clock: CaseClock }) {
  const [t, format] = await Promise.all([getTranslations('desk.case.clocks'), getFormatter()]);
  const overdue = clock.remainingDays < 0;
  return (
    <div className="flex flex-col gap-2 rounded-md border p-3 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-medium">
          {label} <span className="font-normal text-muted-foreground">· {t('limit', { days: limitDays })}</span>
        </h3>
        <Badge variant={STATUS_VARIANT[clock.status]}>{t(`status.${clock.status}`)}</Badge>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-muted-foreground">{t('deadline')}</dt>
        <dd className="flex flex-wrap items-center gap-1.5">
          <time dateTime={clock.deadline} className="font-medium">
            {format.dateTime(zoneDayStart(clock.deadline), { dateStyle: 'medium' })}
          </time>
          {clock.provisional && (
<Badge variant="outline">{t('provisional')}</Badge>
          )}
        </dd>
        <dt className="text-muted-foreground">{t('remaining')}</dt>
        <dd className={overdue ? 'font-medium text-destructive' : undefined}>
          {overdue ? t('overdueDays', { days: -clock.remainingDays }) : t('remainingDays', { days: clock.remainingDays })}
        </dd>
        <dt className="text-muted-foreground">{t('used')}</dt>
        <dd>{t('usedDays', { days: clock.usedDays })}</dd>
      </dl>
      {clock.provisional && <p className="text-xs text-muted-foreground">{t('provisionalHint')}</p>}
    </div>
  );
}
