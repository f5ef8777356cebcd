import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { CaseDetail } from '@/lib/data/case-detail';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

type Entry = CaseDetail['timeline'][number];

/** The case's history as the applicant sees it, derived from its audit events, oldest first. */
export async function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const [t, format, locale] = await Promise.all([
    getTranslations('applicant.caseView.timeline'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const action = (name: string) => (t.has(`actions.${name}`) ? t(`actions.${name}`) : name);
  const materialName = (code: unknown) => {
    const m = detail.materials.find((x) => x.code === code);
    return m ? pickLanguage(m.name, locale) : String(code ?? '');
  };
  const detailLine = (e: Entry): string | null => {
    const d = e.details;
    if ((e.action === 'case.material.upload' || e.action === 'case.material.wallet') && d.materialCode)
      return t('material', { material: materialName(d.materialCode), version: Number(d.version ?? 1) });
    if (e.action === 'case.request_supplement' && Array.isArray(d.items)) return t('items', { count: d.items.length });
    if (typeof d.reason === 'string' && d.reason.trim()) return t('reason', { reason: d.reason });
    return null;
  };
  return (
    <section aria-labelledby="case-timeline" className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <h2 id="case-timeline" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {detail.timeline.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t('empty')}</p>
      ) : (
        <ol className="relative flex flex-col gap-4 border-l pl-5">
          {detail.timeline.map((e) => {
            const line = detailLine(e);
            return (
              <li key={e.seq} className="relative">
                <span
                  aria-hidden
                  className="absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full border-2 border-primary bg-card"
                />
                <p className="font-medium">{action(e.action)}</p>
                <p className="text-xs text-muted-foreground">
                  <time dateTime={e.at}>{format.dateTime(new Date(e.at), { dateStyle: 'medium', timeStyle: 'short' })}</time>
                  {' · '}
                  {e.actorName ?? t('system')}
                </p>
                {line ? <p className="mt-1 text-sm break-words">{line}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
