import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { LicenceStatusPanel as Panel } from '@/lib/data/licence-status';
import { STATUS_VARIANT } from './licence-facts';
import { LicenceStatusForm } from './licence-status-form';

/**
 * The staff part of the licence page: its status, the form to change it for those who may,
 * and every change with its reason, newest first. Not printed.
 */
export async function LicenceStatusPanel({ panel }: { panel: Panel }) {
  const [t, ts, format] = await Promise.all([
    getTranslations('licences.statusPanel'),
    getTranslations('licences.status'),
    getFormatter(),
  ]);
  const when = (iso: string) => (
    <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' })}</time>
  );
  return (
    <section
      aria-labelledby="licence-status-heading"
      className="no-print mx-auto mb-6 flex w-full max-w-[210mm] flex-col gap-5 rounded-lg border bg-card p-4 sm:p-5"
    >
      <div className="flex flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id="licence-status-heading" className="text-lg font-semibold">
            {t('heading')}
          </h2>
          <Badge variant={STATUS_VARIANT[panel.status]}>{ts(panel.status)}</Badge>
        </div>
        <p className="text-sm text-muted-foreground">
          {t('since', { date: format.dateTime(new Date(panel.statusChangedAt), { dateStyle: 'long', timeStyle: 'short' }) })}
        </p>
      </div>

      {panel.changes.length > 0 ? (
        <LicenceStatusForm creditCode={panel.creditCode} status={panel.status} changes={panel.changes} />
      ) : (
        <p className="text-sm text-muted-foreground">{panel.status === 'revoked' ? t('final') : t('readOnly')}</p>
      )}

      <div className="flex flex-col gap-3">
        <h3 className="font-semibold">{t('historyHeading')}</h3>
        <ol className="flex flex-col border-l-2 border-border pl-4">
          {panel.history.map((e) => (
            <li key={e.seq} className="relative pb-4 last:pb-0">
              <span aria-hidden className="absolute top-1.5 -left-[1.3rem] size-2.5 rounded-full bg-primary" />
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                <span className="font-medium">{t(`events.${e.change}`)}</span>
                <Badge variant={STATUS_VARIANT[e.status]}>{ts(e.status)}</Badge>
                <span className="text-muted-foreground">{e.actorName ?? t('system')}</span>
                <span className="text-xs text-muted-foreground">{when(e.at)}</span>
              </p>
              {e.reason && (
                <p className="mt-1 text-sm break-words whitespace-pre-wrap text-muted-foreground">
                  {t('reason', { reason: e.reason })}
                </p>
              )}
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
