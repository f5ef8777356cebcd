import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { AddMilestoneForm } from '@/components/key-projects/add-milestone-form';
import { amountUnit } from '@/components/key-projects/amounts';
import { CumulativeChart } from '@/components/key-projects/cumulative-chart';
import { KeyProjectReports } from '@/components/key-projects/key-project-reports';
import { KeyProjectSettingsForm } from '@/components/key-projects/key-project-settings-form';
import { MilestoneReachedForm } from '@/components/key-projects/milestone-reached-form';
import { TaskForceForm } from '@/components/key-projects/task-force-form';
import { PageHeader } from '@/components/layout/page-header';
import { staffLabel } from '@/components/reassign/staff-label';
import { Badge } from '@/components/ui/badge';
import { FactList } from '@/components/ui/fact-list';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getKeyProject, listTaskForceCandidates } from '@/lib/data/key-projects';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('keyProjects'))('title') };
}

/** One key project: figures against plan, the report history with corrections, milestones and task force. */
export default async function KeyProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  const detail = await guardPage(() => getKeyProject(viewer, id));
  if (!detail) notFound();
  const [t, format, locale] = await Promise.all([getTranslations('keyProjects'), getFormatter(), getLocale()]);
  const amount = (yuan: number) => format.number(amountUnit(locale, yuan), { maximumFractionDigits: 2 });
  // Who may join the task force, asked only of those who may set it.
  const candidates = detail.may.manage ? await listTaskForceCandidates(viewer) : [];
  const option = (c: (typeof candidates)[number]) => ({ id: c.id, label: staffLabel(c, locale as Locale) });
  const level = detail.programme === 'key' ? t(`levels.${detail.level}`) : t('programmes.urban_upgrading');

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        back={{ href: '/dashboard/key-projects', label: t('detail.back') }}
        title={detail.name}
        intro={detail.enterprise.name}
      >
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          {detail.behindPlan ? (
            <Badge variant="destructive">{t('behind')}</Badge>
          ) : (
            <Badge variant="outline">{t('onTrack')}</Badge>
          )}
          {detail.lateMilestones.length ? (
            <Badge variant="warning">{t('detail.lateMilestones', { count: detail.lateMilestones.length })}</Badge>
          ) : null}
          <span className="text-muted-foreground">{t('asOf', { date: detail.asOf })}</span>
        </div>
      </PageHeader>

      <section aria-labelledby="facts" className="flex flex-col gap-3">
        <h2 id="facts" className="text-lg font-semibold">
          {t('detail.facts')}
        </h2>
        <FactList
          rows={[
            [t('detail.code'), detail.code],
            [t('columns.level'), `${level} · ${detail.continuing ? t('detail.continuing') : t('detail.new')}`],
            [t('columns.planned'), amount(detail.plannedYuan)],
            [t('columns.annualPlan'), amount(detail.annualPlanYuan)],
            [t('columns.completed'), amount(detail.completedYuan)],
            [t('detail.startedOn'), detail.startedOn ?? t('detail.notStarted')],
            [
              t('sections.pending'),
              detail.pendingDepartments.length
                ? detail.pendingDepartments.map((d) => pickLanguage(d, locale as Locale)).join('、')
                : t('noPending'),
            ],
            [
              t('detail.projectPage'),
              <Link key="project" href={`/projects/${detail.projectId}`} className="text-primary hover:underline">
                {detail.code}
              </Link>,
            ],
          ]}
        />
      </section>

      {detail.may.manage ? (
        <section aria-labelledby="settings" className="flex flex-col gap-3 rounded-lg border p-4">
          <h2 id="settings" className="text-lg font-semibold">
            {t('manageForms.settings.title')}
          </h2>
          <KeyProjectSettingsForm projectId={detail.projectId} year={detail.year} current={detail} />
        </section>
      ) : null}

      <section aria-labelledby="chart" className="flex flex-col gap-3">
        <h2 id="chart" className="text-lg font-semibold">
          {t('detail.chart')}
        </h2>
        <CumulativeChart cumulative={detail.cumulative} caption={t('detail.chart')} />
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="milestones" className="flex flex-col gap-3">
          <h2 id="milestones" className="text-lg font-semibold">
            {t('detail.milestones')}
          </h2>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t('columns.milestone')}</TableHead>
                <TableHead>{t('columns.plannedOn')}</TableHead>
                <TableHead>{t('columns.actualOn')}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {detail.milestones.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>
                    {m.name} {m.late ? <Badge variant="destructive">{t('detail.late')}</Badge> : null}
                    {!m.actualOn && detail.may.recordMilestone ? (
                      <div className="mt-2">
                        <MilestoneReachedForm projectId={detail.projectId} milestoneId={m.id} name={m.name} today={detail.asOf} />
                      </div>
                    ) : null}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{m.plannedOn}</TableCell>
                  <TableCell className="whitespace-nowrap">{m.actualOn ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {detail.may.manage ? (
            <div className="flex flex-col gap-3 rounded-lg border p-4">
              <h3 className="font-medium">{t('manageForms.milestone.title')}</h3>
              <AddMilestoneForm projectId={detail.projectId} />
            </div>
          ) : null}
        </section>
        <section aria-labelledby="team" className="flex flex-col gap-3">
          <h2 id="team" className="text-lg font-semibold">
            {t('detail.team')}
          </h2>
          {detail.team.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t('detail.noTeam')}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {detail.team.map((m) => (
                <li key={m.userId}>
                  <span className="font-medium">{m.name}</span> · {m.role === 'lead' ? t('detail.lead') : t('detail.member')}
                  {m.department ? ` · ${pickLanguage(m.department, locale as Locale)}` : ''}
                </li>
              ))}
            </ul>
          )}
          {detail.may.manage ? (
            <div className="flex flex-col gap-3 rounded-lg border p-4">
              <h3 className="font-medium">{t('manageForms.taskForce.title')}</h3>
              <TaskForceForm
                projectId={detail.projectId}
                officers={candidates.filter((c) => c.officer).map(option)}
                staff={candidates.map(option)}
                leadId={detail.team.find((m) => m.role === 'lead')?.userId ?? null}
                memberIds={detail.team.filter((m) => m.role === 'member').map((m) => m.userId)}
              />
            </div>
          ) : null}
        </section>
      </div>

      <KeyProjectReports detail={detail} />
    </div>
  );
}
