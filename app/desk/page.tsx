import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { IntakeTable } from '@/components/desk/intake-table';
import { TaskQueue } from '@/components/desk/task-queue';
import { VerificationQueue } from '@/components/desk/verification-queue';
import { QUEUE_STATES, QueueFilter, type QueueFilterValues } from '@/components/desk/queue-filter';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { guardPage } from '@/lib/auth/page-guard';
import { can, ROLES } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { listIntakeQueue } from '@/lib/data/cases';
import { listDepartmentTasks } from '@/lib/data/task-decisions';
import { listOpenVerifications } from '@/lib/data/promise-approval';
import { zoneDate } from '@/lib/domain/clock';
import { isQueueCursor } from '@/lib/domain/queue-cursor';
import { listDepartments, listServices } from '@/lib/data/catalogue';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

const QUEUE_LIMIT = 25;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
/** A bad or unknown value is ignored (the filter falls back to its default), never an error page. */
const param = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

const queueParams = z.object({
  item: param(z.string().regex(/^[\w.-]{1,64}$/)),
  state: param(z.enum(QUEUE_STATES)),
  clock: param(z.enum(['red', 'yellow'])),
  assignee: param(z.enum(['me', 'unassigned'])),
  after: param(z.string().refine(isQueueCursor)),
});

function queueHref(values: QueueFilterValues, after?: string): string {
  const query = new URLSearchParams();
  if (values.item) query.set('item', values.item);
  if (values.state !== 'submitted') query.set('state', values.state);
  if (values.clock) query.set('clock', values.clock);
  if (values.assignee) query.set('assignee', values.assignee);
  if (after) query.set('after', after);
  const search = query.toString();
  return search ? `/desk?${search}` : '/desk';
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('desk'))('title') };
}

export default async function DeskPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await getViewer();
  const params = queueParams.parse(await searchParams);
  const services = await guardPage(() => listServices(viewer));
  const values: QueueFilterValues = {
    item: services.some((s) => s.code === params.item) ? params.item : undefined,
    state: params.state ?? 'submitted',
    clock: params.clock,
    assignee: params.assignee,
  };
  const queue = await guardPage(() =>
    listIntakeQueue(viewer, {
      itemCode: values.item,
      state: values.state,
      clock: values.clock,
      assignee: values.assignee,
      after: params.after,
      limit: QUEUE_LIMIT,
    }),
  );
  const [departments, departmentTasks, verifications, t, tc, locale] = await Promise.all([
    listDepartments(),
    listDepartmentTasks(viewer),
    // Reviewers and officers follow the promises their departments verify after approval.
    viewer.kind === 'user' &&
    can(viewer, 'verification.list', { departmentIds: viewer.departmentId ? [viewer.departmentId] : [] })
      ? listOpenVerifications(viewer)
      : null,
    getTranslations('desk'),
    getTranslations('common.roles'),
    getLocale() as Promise<Locale>,
  ]);
  if (viewer.kind !== 'user') return null; // listIntakeQueue has already refused anonymous viewers
  const department = departments.find((d) => d.id === viewer.departmentId);
  const roles = ROLES.filter((r) => viewer.roles.includes(r));
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        {can(viewer, 'officer.home') && (
          <Link href="/officer" className="text-sm text-primary hover:underline">
            {(await getTranslations('officer.home'))('title')}
          </Link>
        )}
        {can(viewer, 'obligation.riskView') && (
          <Link href="/dashboard/obligations" className="text-sm text-primary hover:underline">
            {(await getTranslations('obligations.risk'))('title')}
          </Link>
        )}
        {can(viewer, 'keyProject.list') && (
          <Link href="/dashboard/key-projects" className="text-sm text-primary hover:underline">
            {(await getTranslations('keyProjects'))('title')}
          </Link>
        )}
        {(can(viewer, 'case.fileOnBehalf') || can(viewer, 'case.fileOnBehalf', { pairedOfficerId: viewer.userId })) && (
          <Link href="/desk/on-behalf" className="text-sm text-primary hover:underline">
            {(await getTranslations('onBehalf'))('deskLink')}
          </Link>
        )}
        {can(viewer, 'followUp.list') && (
          <Link href="/desk/follow-ups" className="text-sm text-primary hover:underline">
            {(await getTranslations('ratings.followUps'))('title')}
          </Link>
        )}
        {/* Problems the viewer could own or be brought into: the officer's, the department's, a manager's. */}
        {can(viewer, 'problem.read', {
          pairedOfficerId: viewer.userId,
          departmentIds: viewer.departmentId ? [viewer.departmentId] : [],
        }) && (
          <Link href="/desk/problems" className="text-sm text-primary hover:underline">
            {(await getTranslations('problems.desk'))('title')}
          </Link>
        )}
        <dl className="flex flex-col gap-2 rounded-lg border bg-card p-4 text-sm sm:flex-row sm:flex-wrap sm:gap-x-8">
          <div className="flex flex-wrap items-center gap-2">
            <dt className="text-muted-foreground">{t('signedInAs')}</dt>
            <dd className="font-medium">{viewer.name}</dd>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <dt className="text-muted-foreground">{t('roles')}</dt>
            <dd className="flex flex-wrap gap-1.5">
              {roles.map((r) => (
                <Badge key={r} variant="secondary">
                  {tc(r)}
                </Badge>
              ))}
            </dd>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <dt className="text-muted-foreground">{t('department')}</dt>
            <dd className="font-medium">{department ? pickLanguage(department.name, locale) : t('noDepartment')}</dd>
          </div>
        </dl>
      </div>

      {viewer.roles.includes('reviewer') && <TaskQueue tasks={departmentTasks} today={zoneDate(new Date())} />}
      {verifications && <VerificationQueue verifications={verifications} today={zoneDate(new Date())} />}

      <section aria-labelledby="intake-queue" className="flex flex-col gap-3">
        <h2 id="intake-queue" className="text-lg font-semibold">
          {t('queue.heading')}
        </h2>
        <p className="text-sm text-muted-foreground">{t('queue.description')}</p>
        <QueueFilter values={values} items={services.map((s) => ({ code: s.code, name: pickLanguage(s.name, locale) }))} />
        <p className="flex flex-wrap items-center gap-2 text-sm" aria-live="polite">
          <span className="font-medium">{t('queue.total', { count: queue.total })}</span>
          <Badge variant="destructive">{t('queue.red', { count: queue.red })}</Badge>
          <Badge variant="warning">{t('queue.yellow', { count: queue.yellow })}</Badge>
          {queue.total > queue.items.length && (
            <span className="text-muted-foreground">{t('queue.showing', { count: queue.items.length })}</span>
          )}
        </p>
        <IntakeTable cases={queue.items} />
        {(params.after || queue.nextCursor) && (
          <nav aria-label={t('queue.pagination.label')} className="flex flex-wrap gap-2">
            {params.after && (
              <Button asChild variant="outline">
                <Link href={queueHref(values)}>{t('queue.pagination.first')}</Link>
              </Button>
            )}
            {queue.nextCursor && (
              <Button asChild variant="outline">
                <Link href={queueHref(values, queue.nextCursor)}>{t('queue.pagination.next')}</Link>
              </Button>
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
