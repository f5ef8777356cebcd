import { getLocale, getTranslations } from 'next-intl/server';
import { TaskClaimForm, TaskDecisionForm } from '@/components/case-desk/task-decision-form';
import { itemName } from '@/components/case/case-tasks';
import type { CaseDetail } from '@/lib/data/case-detail';
import type { Locale } from '@/lib/i18n/config';
import { deficiencyTargets } from './deficiency-targets';

const shown = (value: unknown) =>
  value === null || value === undefined || value === '' ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/**
 * The reviewer's own department task of a combined case: what changed since the round they
 * decided before (after a revision), claiming it, and deciding it while the case is in review.
 */
export async function TaskReview({ detail, viewerId }: { detail: CaseDetail; viewerId: string }) {
  const task = detail.tasks.find((x) => x.mine);
  if (!task || task.decision !== 'pending') return null;
  const [t, locale] = await Promise.all([getTranslations('desk.task'), getLocale() as Promise<Locale>]);
  const ref = { caseId: detail.id, caseVersion: detail.version, taskId: task.id, version: task.version, round: task.round };
  const changes = task.changes;
  return (
    <section aria-labelledby="task-review" className="flex flex-col gap-3">
      <h2 id="task-review" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {changes && (
        <div
          className="flex flex-col gap-2 rounded-lg border border-amber-500/50 bg-amber-50 p-4 text-sm dark:bg-amber-950/30"
          data-testid="task-changes"
        >
          <h3 className="font-semibold">{t('changes.heading', { round: task.round })}</h3>
          {changes.answers.length === 0 && changes.materials.length === 0 && <p>{t('changes.none')}</p>}
          {changes.answers.length > 0 && (
            <ul className="list-disc pl-5">
              {changes.answers.map((a) => (
                <li key={a.key}>
                  {t('changes.answer', {
                    field: itemName(detail, { kind: 'field', code: a.key }, locale),
                    before: shown(a.before),
                    after: shown(a.after),
                  })}
                </li>
              ))}
            </ul>
          )}
          {changes.materials.length > 0 && (
            <ul className="list-disc pl-5">
              {changes.materials.map((m) => (
                <li key={m.code}>
                  {m.from === null
                    ? t('changes.newMaterial', {
                        material: itemName(detail, { kind: 'material', code: m.code }, locale),
                        version: m.to,
                      })
                    : t('changes.newVersion', {
                        material: itemName(detail, { kind: 'material', code: m.code }, locale),
                        from: m.from,
                        to: m.to,
                      })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {task.assigneeId !== viewerId && <TaskClaimForm task={ref} assigneeName={task.assigneeName} />}
      {detail.state === 'in_review' ? (
        <TaskDecisionForm key={`${task.id}-${task.version}`} task={ref} targets={deficiencyTargets(detail, locale)} />
      ) : (
        <p className="rounded-lg border border-dashed p-4 text-sm text-muted-foreground">{t('waiting')}</p>
      )}
    </section>
  );
}
