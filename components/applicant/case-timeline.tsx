import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { CaseDetail } from '@/lib/data/case-detail';
import { departmentNamer } from '@/components/case/department-names';
import { isTaskState, itemsByDepartment } from '@/lib/domain/combined-review';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

type Entry = CaseDetail['timeline'][number];

/** The case's history as the applicant sees it, derived from its audit events, oldest first. */
export async function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const [t, tc, format, locale] = await Promise.all([
    getTranslations('applicant.caseView.timeline'),
    getTranslations('case'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const action = (name: string) => (t.has(`actions.${name}`) ? t(`actions.${name}`) : name);
  const materialName = (code: unknown) => {
    const m = detail.materials.find((x) => x.code === code);
    return m ? pickLanguage(m.name, locale) : String(code ?? '');
  };
  const department = departmentNamer(detail.tasks, locale);
  // Department names hold commas in English: a semicolon keeps a list of them readable.
  const list = (items: string[]) => items.join(locale === 'en' ? '; ' : '；');
  const order = detail.tasks.map((task) => task.department.code);
  const detailLines = (e: Entry): string[] => {
    const d = e.details;
    switch (e.action) {
      case 'case.material.upload':
      case 'case.material.wallet':
        return d.materialCode ? [t('material', { material: materialName(d.materialCode), version: Number(d.version ?? 1) })] : [];
      case 'case.request_supplement':
        return Array.isArray(d.items) ? [t('items', { count: d.items.length })] : [];
      // The merged revision notice (DESIGN §7): how many items each department asked for.
      case 'case.request_revision':
        return Array.isArray(d.items)
          ? [
              t('items', { count: d.items.length }),
              ...itemsByDepartment(d.items as { department?: string }[], order).flatMap((g) =>
                g.department ? [t('revisionItems', { department: department(g.department), count: g.items.length })] : [],
              ),
            ]
          : [];
      case 'case.task.decide':
        return [
          ...(isTaskState(d.decision)
            ? [t('taskDecision', { department: department(d.department), decision: tc(`taskDecisions.${d.decision}`) })]
            : []),
          ...(Array.isArray(d.items) && d.items.length ? [t('items', { count: d.items.length })] : []),
          ...(Array.isArray(d.conditions) && d.conditions.length
            ? [t('conditions', { list: list(d.conditions.map(String)) })]
            : []),
          ...(typeof d.opinion === 'string' && d.opinion.trim() ? [t('opinion', { text: d.opinion.trim() })] : []),
        ];
      case 'case.resubmit_for_review':
        return Array.isArray(d.reopened) && d.reopened.length ? [t('reopened', { list: list(d.reopened.map(department)) })] : [];
      case 'case.route_to_review':
        return e.actorName === null && detail.tasks.length ? [t('routed', { count: detail.tasks.length })] : [];
    }
    return typeof d.reason === 'string' && d.reason.trim() ? [t('reason', { reason: d.reason })] : [];
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
            const lines = detailLines(e);
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
                {lines.map((line, i) => (
                  <p key={i} className="mt-1 text-sm break-words whitespace-pre-line">
                    {line}
                  </p>
                ))}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
