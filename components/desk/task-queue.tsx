import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { DepartmentTaskItem } from '@/lib/data/task-decisions';
import { zoneDayStart } from '@/lib/domain/clock';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

/** A reviewer's queue of combined cases: their department's open tasks, nearest promised deadline first. */
export async function TaskQueue({ tasks, today }: { tasks: DepartmentTaskItem[]; today: string }) {
  const [t, format, locale] = await Promise.all([
    getTranslations('desk.task.queue'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <section aria-labelledby="task-queue" className="flex flex-col gap-3">
      <h2 id="task-queue" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {tasks.length === 0 ? (
        <p className="rounded-lg border border-dashed p-4 text-sm text-muted-foreground">{t('empty')}</p>
      ) : (
        <ul className="flex flex-col divide-y rounded-lg border bg-card">
          {tasks.map((task) => (
            <li key={task.taskId} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-4">
              <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                <Link href={`/desk/cases/${task.caseId}`} className="font-medium text-primary hover:underline">
                  {pickLanguage(task.title, locale)}
                </Link>
                <span className="text-xs text-muted-foreground">
                  <span className="font-mono">{task.caseNumber}</span> · {task.enterpriseName} · {pickLanguage(task.task, locale)}
                </span>
              </div>
              <div className="flex flex-wrap items-center gap-2 text-xs">
                {task.waiting && <Badge variant="secondary">{t('waiting')}</Badge>}
                <Badge variant={task.serviceDeadline < today ? 'destructive' : 'outline'}>
                  {t('due', { date: format.dateTime(zoneDayStart(task.serviceDeadline), { month: 'short', day: 'numeric' }) })}
                </Badge>
                <span className="text-muted-foreground">{task.assigneeName ?? t('unassigned')}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
