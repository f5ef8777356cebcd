import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ArrowRight, FileCheck2 } from 'lucide-react';
import { CaseStateBadge } from '@/components/applicant/case-state-badge';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { FactList } from '@/components/ui/fact-list';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ProjectDetail } from '@/lib/data/projects';
import { ASSESSMENT_KIND_NAMES, isAssessmentKind } from '@/lib/domain/assessment-kinds';
import { PROJECT_INDUSTRIES, isProjectIndustry } from '@/lib/domain/project-code';
import { PROJECT_STAGE_NAMES } from '@/lib/domain/project-stages';
import { ZONE_BOUNDARY } from '@/lib/domain/zone';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { FileStageButton } from './file-stage-button';
import { SitePlan } from './site-plan';
import { waiverCitations } from './waiver-citation';

async function texts() {
  const [t, locale, format] = await Promise.all([
    getTranslations('projects.view'),
    getLocale() as Promise<Locale>,
    getFormatter(),
  ]);
  return { t, locale, format };
}

/** Name, code, owner, parcel, money and areas, industry and stage, as a list that stacks on a phone. */
export async function ProjectFacts({ project }: { project: ProjectDetail }) {
  const { t, locale, format } = await texts();
  const industry = isProjectIndustry(project.industry)
    ? pickLanguage(PROJECT_INDUSTRIES[project.industry], locale)
    : project.industry;
  const rows: [string, React.ReactNode][] = [
    [
      t('facts.code'),
      <span key="code" className="font-mono">
        {project.code}
      </span>,
    ],
    [t('facts.enterprise'), project.enterprise.name],
    [t('facts.stage'), pickLanguage(PROJECT_STAGE_NAMES[project.stage], locale)],
    [t('facts.industry'), industry],
    [t('facts.siteParcel'), project.siteParcel],
    [t('facts.investment'), t('facts.investmentValue', { amount: format.number(project.totalInvestmentYuan / 10_000) })],
    [t('facts.landArea'), t('facts.areaValue', { area: format.number(project.landAreaM2) })],
    [t('facts.floorArea'), t('facts.areaValue', { area: format.number(project.floorAreaM2) })],
  ];
  return (
    <section aria-labelledby="project-facts" className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <h2 id="project-facts" className="font-semibold">
        {t('facts.heading')}
      </h2>
      <FactList rows={rows} />
    </section>
  );
}

const STANDING_VARIANT = { covers: 'success', partly: 'warning', outside: 'outline', inactive: 'outline' } as const;

/** The plan of zone, assessment areas and parcel, and how the parcel stands to each assessment. */
export async function ProjectPlan({ project }: { project: ProjectDetail }) {
  const { t, locale } = await texts();
  const cite = await waiverCitations();
  const kindName = (kind: string) => (isAssessmentKind(kind) ? pickLanguage(ASSESSMENT_KIND_NAMES[kind], locale) : kind);
  const standing = (a: ProjectDetail['assessments'][number]) =>
    a.validity !== 'valid' ? 'inactive' : a.coverage === 'within' ? 'covers' : a.coverage === 'partly' ? 'partly' : 'outside';
  return (
    <section aria-labelledby="project-plan" className="flex flex-col gap-4">
      <div>
        <h2 id="project-plan" className="text-lg font-semibold">
          {t('plan.heading')}
        </h2>
        <p className="mt-1 text-sm text-muted-foreground">{t('plan.intro')}</p>
      </div>
      <SitePlan
        id="project-plan-svg"
        zone={ZONE_BOUNDARY}
        areas={project.assessments.map((a) => ({
          id: a.id,
          kind: a.kind,
          label: pickLanguage(a.name, locale),
          area: a.area,
          inactive: a.validity !== 'valid',
        }))}
        parcel={project.parcel}
        labels={{
          title: t('plan.title', { name: project.name }),
          description: t('plan.description'),
          zone: t('plan.zone'),
          parcel: t('plan.parcel', { parcel: project.siteParcel }),
        }}
      />
      {project.assessments.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t('plan.noAssessments')}</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label={t('plan.standings')}>
          {project.assessments.map((a) => {
            const s = standing(a);
            return (
              <li
                key={a.id}
                className="flex flex-col gap-1 rounded-md border bg-card p-3 text-sm sm:flex-row sm:items-start sm:justify-between sm:gap-4"
              >
                <span className="flex min-w-0 flex-col gap-0.5">
                  <span className="font-medium">{kindName(a.kind)}</span>
                  <span className="text-muted-foreground">{cite(a)}</span>
                </span>
                <Badge variant={STANDING_VARIANT[s]} className="self-start">
                  {s === 'inactive' ? t(`plan.validity.${a.validity}`) : t(`plan.standing.${s}`)}
                </Badge>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The materials of the current stage's application that regional assessments waive, each citing its assessment. */
export async function ProjectWaivers({ project }: { project: ProjectDetail }) {
  const { t, locale } = await texts();
  const cite = await waiverCitations();
  if (!project.stageItem) return null;
  return (
    <section aria-labelledby="project-waivers" className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <h2 id="project-waivers" className="font-semibold">
        {t('waivers.heading')}
      </h2>
      {project.waivers.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          {t('waivers.none', { service: pickLanguage(project.stageItem.name, locale) })}
        </p>
      ) : (
        <>
          <p className="text-sm text-muted-foreground">
            {t('waivers.intro', { service: pickLanguage(project.stageItem.name, locale) })}
          </p>
          <ul className="flex flex-col gap-2">
            {project.waivers.map((w) => (
              <li key={w.materialCode} className="flex gap-2 text-sm">
                <FileCheck2 className="mt-0.5 size-4 shrink-0 text-success" aria-hidden />
                <span>
                  <span className="font-medium">{w.materialName ? pickLanguage(w.materialName, locale) : w.materialCode}</span>
                  <span className="block text-muted-foreground">{cite(w.assessment)}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The way to the current stage's application: file it, continue its draft, or see it under way. */
export async function ProjectFiling({ project }: { project: ProjectDetail }) {
  const { t, locale } = await texts();
  const stage = pickLanguage(PROJECT_STAGE_NAMES[project.stage], locale);
  if (!project.filing) return null;
  return (
    <section
      aria-labelledby="project-filing"
      className="flex flex-col gap-3 rounded-lg border border-primary/30 bg-primary/5 p-4"
    >
      <h2 id="project-filing" className="font-semibold">
        {t('filing.heading', { stage })}
      </h2>
      {project.filing.kind === 'file' ? (
        <>
          <p className="text-sm text-muted-foreground">
            {t('filing.intro', { service: project.stageItem ? pickLanguage(project.stageItem.name, locale) : '' })}
          </p>
          <FileStageButton projectId={project.id} label={t('filing.file', { stage })} />
        </>
      ) : project.filing.kind === 'continueDraft' ? (
        <>
          <p className="text-sm text-muted-foreground">{t('filing.draft')}</p>
          <Link
            href={`/my/cases/${project.filing.caseId}/edit`}
            className="inline-flex items-center gap-1 text-sm font-medium text-primary hover:underline"
          >
            {t('filing.continue')}
            <ArrowRight className="size-4" aria-hidden />
          </Link>
        </>
      ) : (
        <>
          <p className="text-sm text-muted-foreground">{t('filing.underWay')}</p>
          <Link
            href={`/my/cases/${project.filing.caseId}`}
            className="inline-flex items-center gap-1 text-sm font-medium text-primary hover:underline"
          >
            {t('filing.open')}
            <ArrowRight className="size-4" aria-hidden />
          </Link>
        </>
      )}
    </section>
  );
}

/** Every case of every stage filed under the project, with its state; staff open the ones they may read. */
export async function ProjectCases({ project }: { project: ProjectDetail }) {
  const { t, locale, format } = await texts();
  return (
    <section aria-labelledby="project-cases" className="flex flex-col gap-3">
      <h2 id="project-cases" className="text-lg font-semibold">
        {t('cases.heading')}
      </h2>
      {project.cases.length === 0 ? (
        <EmptyState title={t('cases.empty')} body={project.filing ? t('cases.emptyBody') : undefined} />
      ) : (
        <Table>
          <caption className="sr-only">{t('cases.caption', { name: project.name })}</caption>
          <TableHeader>
            <TableRow>
              <TableHead>{t('cases.stage')}</TableHead>
              <TableHead>{t('cases.case')}</TableHead>
              <TableHead>{t('cases.state')}</TableHead>
              <TableHead>{t('cases.submitted')}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {project.cases.map((c) => (
              <TableRow key={c.id}>
                <TableCell>{c.stage ? pickLanguage(PROJECT_STAGE_NAMES[c.stage], locale) : t('cases.noStage')}</TableCell>
                <TableCell className="min-w-48">
                  {c.readable ? (
                    <Link href={`/cases/${c.id}`} className="font-medium text-primary hover:underline">
                      {c.number ?? t('cases.draft')}
                    </Link>
                  ) : (
                    <span className="font-medium">{c.number ?? t('cases.draft')}</span>
                  )}
                  <span className="block text-xs text-muted-foreground">{pickLanguage(c.service.name, locale)}</span>
                </TableCell>
                <TableCell>
                  <CaseStateBadge state={c.state} />
                </TableCell>
                <TableCell>
                  {c.submittedAt ? (
                    <time dateTime={c.submittedAt}>{format.dateTime(new Date(c.submittedAt), { dateStyle: 'medium' })}</time>
                  ) : (
                    '—'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
