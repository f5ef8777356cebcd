import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { CaseDetail } from '@/lib/data/case-detail';
import { departmentNamer } from '@/components/case/department-names';
import { isTaskState, itemsByDepartment } from '@/lib/domain/combined-review';
import { CASE_STATES, type CaseState } from '@/lib/domain/workflow';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

/** 'case.accept_with_tolerance' → 'accept_with_tolerance', 'case.material.upload' → 'material_upload'. */
export function timelineKey(action: string): string {
  return action.replace(/^case\./, '').replace(/\./g, '_');
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const isState = (v: unknown): v is CaseState => typeof v === 'string' && (CASE_STATES as readonly string[]).includes(v);

/** The case's audit events as a timeline: when, who, what, and the details that matter. */
export async function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const [t, ts, tc, format, locale] = await Promise.all([
    getTranslations('desk.timeline'),
    getTranslations('common.caseStates'),
    getTranslations('case'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const department = departmentNamer(detail.tasks, locale);
  const materialName = new Map(detail.materials.map((m) => [m.code, pickLanguage(m.name, locale)]));
  const list = (items: string[]) => items.join(locale === 'en' ? '; ' : '；');

  const order = detail.tasks.map((task) => task.department.code);
  // A combined case's own events (DESIGN §7): a department's decision or claim, what a revision reopened, the system routing.
  const combinedDetails = (action: string, d: Record<string, unknown>, actorName: string | null): string[] => {
    switch (action) {
      case 'case.task.decide':
        return isTaskState(d.decision)
          ? [t('details.taskDecision', { department: department(d.department), decision: tc(`taskDecisions.${d.decision}`) })]
          : [];
      case 'case.task.claim': {
        const task = detail.tasks.find((x) => x.id === d.taskId);
        return task
          ? [t('details.taskClaim', { department: department(task.department.code), task: pickLanguage(task.task, locale) })]
          : [];
      }
      case 'case.resubmit_for_review':
        return Array.isArray(d.reopened) && d.reopened.length
          ? [t('details.reopened', { list: list(d.reopened.map(department)) })]
          : [];
      case 'case.route_to_review':
        return actorName === null && detail.tasks.length ? [t('details.routed', { count: detail.tasks.length })] : [];
      default:
        return [];
    }
  };

  const detailsOf = ({ action, details: d, actorName }: CaseDetail['timeline'][number]): string[] => {
    const lines: string[] = [];
    lines.push(...combinedDetails(action, d, actorName));
    if (typeof d.number === 'string' && (action === 'case.submit' || action === 'case.resubmit'))
      lines.push(t('details.number', { number: d.number }));
    if (typeof d.materialCode === 'string') {
      const name = materialName.get(d.materialCode) ?? d.materialCode;
      lines.push(typeof d.version === 'number' ? t('details.material', { name, version: d.version }) : name);
      if (text(d.name)) lines.push(t('details.file', { name: text(d.name)! }));
    } else if (isState(d.state) && action !== 'case.draft.create') {
      lines.push(t('details.state', { state: ts(d.state) }));
    }
    if (Array.isArray(d.items) && d.items.length) lines.push(t('details.items', { count: d.items.length }));
    if (action === 'case.request_revision' && Array.isArray(d.items))
      for (const group of itemsByDepartment(d.items as { department?: string }[], order))
        if (group.department)
          lines.push(t('details.revisionItems', { department: department(group.department), count: group.items.length }));
    if (Array.isArray(d.tolerated) && d.tolerated.length) {
      const items = (d.tolerated as { code?: unknown; dueDate?: unknown }[]).map((x) =>
        t('details.toleratedItem', { name: materialName.get(String(x.code)) ?? String(x.code), date: String(x.dueDate) }),
      );
      lines.push(t('details.tolerated', { list: list(items) }));
    }
    if (text(d.commitment)) lines.push(t('details.commitment', { text: text(d.commitment)! }));
    if (Array.isArray(d.conditions) && d.conditions.length)
      lines.push(t('details.conditions', { list: list(d.conditions.map(String)) }));
    if (text(d.opinion)) lines.push(t('details.opinion', { text: text(d.opinion)! }));
    if (text(d.reason)) lines.push(t('details.reason', { text: text(d.reason)! }));
    if (action === 'case.assign' && d.assigneeId === null) lines.push(t('details.unassigned'));
    return lines;
  };

  return (
    <section aria-labelledby="case-timeline" className="flex flex-col gap-3">
      <h2 id="case-timeline" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {detail.timeline.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t('empty')}</p>
      ) : (
        <ol className="flex flex-col border-l-2 border-border pl-4">
          {[...detail.timeline].reverse().map((e) => {
            const key = timelineKey(e.action);
            const lines = detailsOf(e);
            return (
              <li key={e.seq} className="relative pb-4 last:pb-0">
                <span aria-hidden className="absolute top-1.5 -left-[1.3rem] size-2.5 rounded-full bg-primary" />
                <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                  <span className="font-medium">{t.has(`events.${key}`) ? t(`events.${key}`) : e.action}</span>
                  <span className="text-muted-foreground">{e.actorName ?? t('system')}</span>
                  <time dateTime={e.at} className="text-xs text-muted-foreground">
                    {format.dateTime(new Date(e.at), { dateStyle: 'medium', timeStyle: 'short' })}
                  </time>
                </p>
                {lines.length > 0 && (
                  <ul className="mt-1 flex flex-col gap-0.5 text-sm text-muted-foreground">
                    {lines.map((line, i) => (
                      <li key={i} className="break-words whitespace-pre-wrap">
                        {line}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
