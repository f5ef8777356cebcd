import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { CumulativeChart } from '@/components/key-projects/cumulative-chart';
import { amountUnit } from '@/components/key-projects/amounts';
import { PageHeader } from '@/components/layout/page-header';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listKeyProjects } from '@/lib/data/key-projects';
import { pickLanguage } from '@/lib/i18n/config';
import type { Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('keyProjects'))('title') };
}

/** Every key project against plan (DESIGN §7): managers see them all, an officer their own. */
export default async function KeyProjectsPage() {
  const viewer = await getViewer();
  const board = await guardPage(() => listKeyProjects(viewer));
  const [t, format, locale] = await Promise.all([getTranslations('keyProjects'), getFormatter(), getLocale()]);
  const amount = (yuan: number) => format.number(amountUnit(locale, yuan), { maximumFractionDigits: 2 });
  const rate = (completed: number, plan: number) =>
    plan ? format.number(completed / plan, { style: 'percent', maximumFractionDigits: 1 }) : '—';
  const late = board.projects.flatMap((p) => p.lateMilestones.map((m) => ({ project: p, milestone: m })));
  const pending = board.projects.filter((p) => p.pendingDepartments.length);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title')} intro={t('intro')}>
        <p className="mt-2 text-sm text-muted-foreground">
          {t('asOf', { date: board.asOf })} · {t('behindRule')}
        </p>
      </PageHeader>
      {board.projects.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <>
          <section aria-labelledby="groups" className="flex flex-col gap-3">
            <h2 id="groups" className="text-lg font-semibold">
              {t('sections.groups')}
            </h2>
            <dl className="grid gap-2 sm:grid-cols-3">
              {board.groups
                .filter((g) => g.count)
                .map((g) => (
                  <div key={g.group} className="rounded-md bg-muted px-3 py-2">
                    <dt className="text-sm text-muted-foreground">
                      {t(`groups.${g.group}`)} ({format.number(g.count)})
                    </dt>
                    <dd className="mt-1 text-sm">
                      <span className="text-2xl font-semibold tabular-nums">{amount(g.completedYuan)}</span> /{' '}
                      {amount(g.annualPlanYuan)} · {t('columns.planned')} {amount(g.plannedYuan)}
                    </dd>
                  </div>
                ))}
            </dl>
          </section>

          <section aria-labelledby="chart" className="flex flex-col gap-3">
            <h2 id="chart" className="text-lg font-semibold">
              {t('sections.chart')}
            </h2>
            <CumulativeChart cumulative={board.cumulative} caption={t('sections.chart')} />
          </section>

          <section aria-labelledby="projects" className="flex flex-col gap-3">
            <h2 id="projects" className="text-lg font-semibold">
              {t('sections.projects')}
            </h2>
            <div className="overflow-x-auto">
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead>{t('columns.project')}</TableHead>
                    <TableHead>{t('columns.level')}</TableHead>
                    <TableHead className="text-right">{t('columns.planned')}</TableHead>
                    <TableHead className="text-right">{t('columns.annualPlan')}</TableHead>
                    <TableHead className="text-right">{t('columns.completed')}</TableHead>
                    <TableHead className="text-right">{t('columns.rate')}</TableHead>
                    <TableHead>{t('columns.officer')}</TableHead>
                    <TableHead>{t('columns.status')}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {board.projects.map((p) => (
                    <TableRow key={p.projectId} className={p.behindPlan ? 'bg-destructive/5' : undefined}>
                      <TableCell>
                        <Link
                          href={`/dashboard/key-projects/${p.projectId}`}
                          className="font-medium text-primary hover:underline"
                        >
                          {p.name}
                        </Link>
                        <div className="text-xs text-muted-foreground">{p.enterprise.name}</div>
                      </TableCell>
                      <TableCell className="whitespace-nowrap">
                        {p.programme === 'key' ? t(`levels.${p.level}`) : t('programmes.urban_upgrading')}
                      </TableCell>
                      <TableCell className="text-right tabular-nums">{amount(p.plannedYuan)}</TableCell>
                      <TableCell className="text-right tabular-nums">{amount(p.annualPlanYuan)}</TableCell>
                      <TableCell className="text-right tabular-nums">{amount(p.completedYuan)}</TableCell>
                      <TableCell className="text-right tabular-nums">{rate(p.completedYuan, p.annualPlanYuan)}</TableCell>
                      <TableCell>{p.leadOfficer ?? t('noOfficer')}</TableCell>
                      <TableCell>
                        {p.behindPlan ? (
                          <Badge variant="destructive">{t('behind')}</Badge>
                        ) : (
                          <Badge variant="outline">{t('onTrack')}</Badge>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </section>

          <div className="grid gap-8 lg:grid-cols-2">
            <section aria-labelledby="late" className="flex flex-col gap-3">
              <h2 id="late" className="text-lg font-semibold">
                {t('sections.late')}
              </h2>
              {late.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t('noLate')}</p>
              ) : (
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHead>{t('columns.project')}</TableHead>
                      <TableHead>{t('columns.milestone')}</TableHead>
                      <TableHead>{t('columns.plannedOn')}</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {late.map(({ project, milestone }) => (
                      <TableRow key={milestone.id}>
                        <TableCell>
                          <Link href={`/dashboard/key-projects/${project.projectId}`} className="text-primary hover:underline">
                            {project.name}
                          </Link>
                        </TableCell>
                        <TableCell>{milestone.name}</TableCell>
                        <TableCell className="whitespace-nowrap text-destructive">{milestone.plannedOn}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </section>
            <section aria-labelledby="pending" className="flex flex-col gap-3">
              <h2 id="pending" className="text-lg font-semibold">
                {t('sections.pending')}
              </h2>
              {pending.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t('noPending')}</p>
              ) : (
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHead>{t('columns.project')}</TableHead>
                      <TableHead>{t('columns.departments')}</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {pending.map((p) => (
                      <TableRow key={p.projectId}>
                        <TableCell>
                          <Link href={`/dashboard/key-projects/${p.projectId}`} className="text-primary hover:underline">
                            {p.name}
                          </Link>
                        </TableCell>
                        <TableCell>{p.pendingDepartments.map((d) => pickLanguage(d, locale as Locale)).join('、')}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </section>
          </div>

          <section aria-labelledby="levels" className="flex flex-col gap-3">
            <h2 id="levels" className="text-lg font-semibold">
              {t('sections.levels')}
            </h2>
            <div className="overflow-x-auto">
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead>{t('columns.programme')}</TableHead>
                    <TableHead>{t('columns.level')}</TableHead>
                    <TableHead className="text-right">{t('columns.count')}</TableHead>
                    <TableHead className="text-right">{t('columns.planned')}</TableHead>
                    <TableHead className="text-right">{t('columns.annualPlan')}</TableHead>
                    <TableHead className="text-right">{t('columns.completed')}</TableHead>
                    <TableHead className="text-right">{t('columns.rate')}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {board.totalsByLevel.map((l) => (
                    <TableRow key={`${l.programme}-${l.level}`}>
                      <TableCell>{t(`programmes.${l.programme}`)}</TableCell>
                      <TableCell>{t(`levels.${l.level}`)}</TableCell>
                      <TableCell className="text-right tabular-nums">{format.number(l.count)}</TableCell>
                      <TableCell className="text-right tabular-nums">{amount(l.plannedYuan)}</TableCell>
                      <TableCell className="text-right tabular-nums">{amount(l.annualPlanYuan)}</TableCell>
                      <TableCell className="text-right tabular-nums">{amount(l.completedYuan)}</TableCell>
                      <TableCell className="text-right tabular-nums">{rate(l.completedYuan, l.annualPlanYuan)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
