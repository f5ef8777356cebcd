import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { CaseDetail } from '@/lib/data/case-detail';
import type { CaseTaskView } from '@/lib/data/task-decisions';
import { zoneDayStart } from '@/lib/domain/clock';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { cn } from '@/lib/utils';

const DECISION_VARIANT = {
  pending: 'outline',
  approved: 'success',
  approved_with_conditions: 'success',
  not_required: 'secondary',
  revision_required: 'warning',
  denied: 'destructive',
  cancelled: 'secondary',
} as const;

/** Working days used so far (or until the decision), and how the clock stands. */
function reading(task: CaseTaskView) {
  const c = task.clocks;
  if (c.phase === 'running') return { used: c.service.usedDays, tone: c.service.status, remaining: c.service.remainingDays };
  if (c.phase === 'closed')
    return { used: c.service.usedDays, tone: c.service.outcome === 'late' ? 'red' : 'done', remaining: null };
  return { used: 0, tone: 'running', remaining: null };
}

const BAR_TONE: Record<string, string> = {
  running: 'bg-primary',
  stopped: 'bg-muted-foreground/60',
  yellow: 'bg-amber-500',
  red: 'bg-destructive',
  done: 'bg-emerald-600',
};

/**
 * The departments of a combined case side by side (联审联批, DESIGN §7): one row per department,
 * its task, assignee, decision and a bar of the working days it has used against its promised
 * and statutory limits — the one view for the applicant and the desk. The applicant sees first
 * which department the case is waiting for.
 */
export async function CaseTasks({ detail }: { detail: CaseDetail }) {
  if (!detail.tasks.length) return null;
  const [t, td, tr, format, locale] = await Promise.all([
    getTranslations('case.tasks'),
    getTranslations('case.taskDecisions'),
    getTranslations('desk.supplementReasons'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const text = (value: { zh: string; en: string }) => pickLanguage(value, locale);
  const day = (iso: string) => format.dateTime(zoneDayStart(iso), { month: 'short', day: 'numeric' });
  const axis = Math.max(
    ...detail.tasks.map((task) => Math.max(task.clocks.phase === 'notStarted' ? 0 : reading(task).used, legalLimit(task))),
    1,
  );
  // The department holding things up: the pending task closest to (or furthest past) its promised limit.
  const waitingFor =
    detail.state === 'in_review'
      ? detail.tasks
          .filter((task) => task.decision === 'pending')
          .sort((a, b) => (reading(a).remaining ?? 0) - (reading(b).remaining ?? 0))
      : [];

  return (
    <section aria-labelledby="case-tasks" className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="case-tasks" className="font-semibold">
          {t('heading')}
        </h2>
        <p className="text-xs text-muted-foreground">{t('axis', { days: axis })}</p>
      </div>
      {waitingFor.length > 0 && (
        <p className="rounded-md bg-muted px-3 py-2 text-sm" data-testid="tasks-waiting">
          {t('waitingFor', {
            departments: waitingFor.map((task) => text(task.department.name)).join(t('separator')),
          })}
        </p>
      )}
      <ol className="flex flex-col divide-y">
        {detail.tasks.map((task) => {
          const r = reading(task);
          const serviceAt = (task.clocks.phase === 'notStarted' ? 0 : serviceLimit(task)) / axis;
          const legalAt = legalLimit(task) / axis;
          return (
            <li key={task.id} className="flex flex-col gap-2 py-3" data-testid={`task-${task.department.code}`}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{text(task.department.name)}</span>
                <span className="text-sm text-muted-foreground">{text(task.task)}</span>
                {task.veto && <Badge variant="outline">{t('veto')}</Badge>}
                {task.mine && <Badge variant="secondary">{t('mine')}</Badge>}
                <Badge variant={DECISION_VARIANT[task.decision]} className="ml-auto">
                  {td(task.decision)}
                </Badge>
              </div>
              <div
                role="img"
                aria-label={t('barLabel', { used: r.used, service: serviceLimit(task), legal: legalLimit(task) })}
                className="relative h-3 w-full rounded-full bg-muted"
              >
                <div
                  className={cn('absolute inset-y-0 left-0 rounded-full', BAR_TONE[r.tone] ?? 'bg-primary')}
                  style={{ width: `${Math.min((r.used / axis) * 100, 100)}%` }}
                />
                <span
                  className="absolute inset-y-[-3px] w-0.5 bg-foreground/70"
                  style={{ left: `${serviceAt * 100}%` }}
                  aria-hidden
                />
                <span
                  className="absolute inset-y-[-3px] w-0.5 bg-destructive/70"
                  style={{ left: `calc(${legalAt * 100}% - 2px)` }}
                  aria-hidden
                />
              </div>
              <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
                <span>{t('used', { days: r.used })}</span>
                <span>{t('serviceDeadline', { date: day(task.serviceDeadline), days: serviceLimit(task) })}</span>
                <span>{t('legalDeadline', { date: day(task.legalDeadline), days: legalLimit(task) })}</span>
                <span>{task.assigneeName ? t('assignee', { name: task.assigneeName }) : t('unassigned')}</span>
                {r.remaining !== null && r.remaining < 0 && (
                  <span className="text-destructive">{t('overdue', { days: -r.remaining })}</span>
                )}
              </p>
              {task.opinion && <p className="text-sm">{t('opinion', { opinion: task.opinion })}</p>}
              {task.conditions.length > 0 && (
                <ul className="list-disc pl-5 text-sm">
                  {task.conditions.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              )}
              {task.revisionItems.length > 0 && (
                <ul className="list-disc pl-5 text-sm" aria-label={t('revisionItems')}>
                  {task.revisionItems.map((item, i) => (
                    <li key={i}>
                      {itemName(detail, item, locale)} — {tr(item.reason)}
                      {item.note ? `（${item.note}）` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      <p className="text-xs text-muted-foreground">{t('legend')}</p>
    </section>
  );
}

const serviceLimit = (task: CaseTaskView) =>
  task.clocks.phase === 'running' || task.clocks.phase === 'closed' ? task.clocks.service.limitDays : 0;
const legalLimit = (task: CaseTaskView) =>
  task.clocks.phase === 'running' || task.clocks.phase === 'closed' ? task.clocks.legal.limitDays : 0;

/** A revision item's material or form field, named in the reader's language. */
export function itemName(detail: CaseDetail, item: { kind: 'material' | 'field'; code: string }, locale: Locale): string {
  const named =
    item.kind === 'material'
      ? detail.materials.find((m) => m.code === item.code)?.name
      : detail.formFields.find((f) => f.key === item.code)?.label;
  return named ? pickLanguage(named, locale) : item.code;
}
