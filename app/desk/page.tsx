import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { IntakeTable } from '@/components/desk/intake-table';
import { Badge } from '@/components/ui/badge';
import { guardPage } from '@/lib/auth/page-guard';
import { ROLES } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { listIntakeQueue } from '@/lib/data/cases';
import { listDepartments } from '@/lib/data/catalogue';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

const QUEUE_LIMIT = 50;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('desk'))('title') };
}

export default async function DeskPage() {
  const viewer = await getViewer();
  const queue = await guardPage(() => listIntakeQueue(viewer, { limit: QUEUE_LIMIT }));
  const [departments, t, tc, locale] = await Promise.all([
    listDepartments(),
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

      <section aria-labelledby="intake-queue" className="flex flex-col gap-3">
        <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between">
          <h2 id="intake-queue" className="text-lg font-semibold">
            {t('queue.heading')}
          </h2>
          <p className="text-sm" aria-live="polite">
            {t('queue.total', { count: queue.total })}
            {queue.total > queue.items.length && (
              <span className="text-muted-foreground"> · {t('queue.showing', { count: queue.items.length })}</span>
            )}
          </p>
        </div>
        <p className="text-sm text-muted-foreground">{t('queue.description')}</p>
        <IntakeTable cases={queue.items} />
      </section>
    </div>
  );
}
