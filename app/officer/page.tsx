import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Building2, CalendarClock, ClipboardCheck, FolderKanban, Inbox, MessageSquareWarning, TriangleAlert } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import { IntakeTable } from '@/components/desk/intake-table';
import { PageHeader } from '@/components/layout/page-header';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getOfficerHome } from '@/lib/data/officer-home';
import { zoneDayStart } from '@/lib/domain/clock';
import { PROJECT_STAGE_NAMES, type ProjectStage } from '@/lib/domain/project-stages';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { cn } from '@/lib/utils';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('officer.home'))('title') };
}

function Section({
  id,
  icon: Icon,
  title,
  count,
  urgent,
  children,
}: {
  id: string;
  icon: LucideIcon;
  title: string;
  count: number;
  urgent?: number;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        <Icon className="size-5 text-muted-foreground" aria-hidden />
        {title}
        <Badge variant="secondary">{count}</Badge>
        {urgent ? <Badge variant="destructive">{urgent}</Badge> : null}
      </h2>
      {children}
    </section>
  );
}

/** One row of an attention list: what, whose, and when it is due (red once past). */
function DueItem({
  href,
  label,
  meta,
  due,
  overdue,
  testId,
}: {
  href?: string;
  label: string;
  meta: string;
  due: string;
  overdue: boolean;
  testId: string;
}) {
  return (
    <li
      data-testid={testId}
      className={cn(
        'flex flex-col gap-1 rounded-lg border bg-card p-3 sm:flex-row sm:items-center sm:justify-between',
        overdue && 'border-destructive/60 bg-destructive/5',
      )}
    >
      <div className="min-w-0">
        {href ? (
          <Link href={href} className="font-medium break-words text-primary hover:underline">
            {label}
          </Link>
        ) : (
          <p className="font-medium break-words">{label}</p>
        )}
        <p className="text-sm text-muted-foreground">{meta}</p>
      </div>
      <p className={cn('text-sm whitespace-nowrap', overdue && 'font-semibold text-destructive')}>{due}</p>
    </li>
  );
}

/**
 * The officer's home (one-on-one service): what asks for their action first — cases with their
 * clocks, bad ratings to follow up, problems, obligations due, milestones late — then their
 * enterprises and projects.
 */
export default async function OfficerHomePage() {
  const viewer = await getViewer();
  const home = await guardPage(() => getOfficerHome(viewer));
  const [t, tf, format, locale] = await Promise.all([
    getTranslations('officer.home'),
    getTranslations('ratings.states'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const date = (iso: string) => format.dateTime(zoneDayStart(iso), { dateStyle: 'medium' });
  const due = (iso: string, overdue: boolean) =>
    overdue ? t('overdueSince', { date: date(iso) }) : t('dueOn', { date: date(iso) });
  const redCases = home.cases.filter((c) => c.clock === 'red').length;
  const count = (items: { overdue: boolean }[]) => items.filter((i) => i.overdue).length;

  if (home.enterprises.length === 0) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title={t('title')} intro={t('intro')} />
        <EmptyState icon={Building2} title={t('noEnterprises.title')} body={t('noEnterprises.body')} />
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title')} intro={t('intro')}>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href="/desk" className="text-primary hover:underline">
            {t('deskLink')}
          </Link>
          <Link href="/desk/follow-ups" className="text-primary hover:underline">
            {t('followUpsLink')}
          </Link>
          <Link href="/dashboard/obligations" className="text-primary hover:underline">
            {t('obligationsLink')}
          </Link>
        </div>
      </PageHeader>

      <Section id="officer-cases" icon={Inbox} title={t('cases.title')} count={home.cases.length} urgent={redCases}>
        {home.cases.length === 0 ? (
          <EmptyState title={t('cases.empty')} body={t('cases.emptyBody')} />
        ) : (
          <IntakeTable cases={home.cases} />
        )}
      </Section>

      <Section
        id="officer-follow-ups"
        icon={MessageSquareWarning}
        title={t('followUps.title')}
        count={home.followUps.length}
        urgent={count(home.followUps)}
      >
        {home.followUps.length === 0 ? (
          <EmptyState title={t('followUps.empty')} />
        ) : (
          <ul className="flex flex-col gap-2">
            {home.followUps.map((f) => (
              <DueItem
                key={f.id}
                testId="officer-follow-up"
                href="/desk/follow-ups"
                label={`${f.caseNumber ?? '—'} · ${tf(f.state)}`}
                meta={f.enterpriseName}
                due={due(f.dueOn, f.overdue)}
                overdue={f.overdue}
              />
            ))}
          </ul>
        )}
      </Section>

      <Section
        id="officer-problems"
        icon={TriangleAlert}
        title={t('problems.title')}
        count={home.problems.length}
        urgent={count(home.problems)}
      >
        {home.problems.length === 0 ? (
          <EmptyState title={t('problems.empty')} body={t('problems.emptyBody')} />
        ) : (
          <ul className="flex flex-col gap-2">
            {home.problems.map((p) => (
              <DueItem
                key={p.id}
                testId="officer-problem"
                href={`/desk/problems/${p.id}`}
                label={p.title}
                meta={`${p.enterpriseName} · ${t(`problems.states.${p.state}`)}`}
                due={due(p.dueOn, p.overdue)}
                overdue={p.overdue}
              />
            ))}
          </ul>
        )}
      </Section>

      <Section
        id="officer-obligations"
        icon={ClipboardCheck}
        title={t('obligations.title')}
        count={home.obligations.length}
        urgent={count(home.obligations)}
      >
        {home.obligations.length === 0 ? (
          <EmptyState title={t('obligations.empty')} />
        ) : (
          <ul className="flex flex-col gap-2">
            {home.obligations.map((o) => (
              <DueItem
                key={o.id}
                testId="officer-obligation"
                href={`/desk/cases/${o.caseId}`}
                label={o.requirement}
                meta={`${o.enterpriseName} · ${o.caseNumber ?? '—'}`}
                due={due(o.dueDate, o.overdue)}
                overdue={o.overdue}
              />
            ))}
          </ul>
        )}
      </Section>

      <Section
        id="officer-milestones"
        icon={CalendarClock}
        title={t('milestones.title')}
        count={home.milestones.length}
        urgent={home.milestones.length}
      >
        {home.milestones.length === 0 ? (
          <EmptyState title={t('milestones.empty')} />
        ) : (
          <ul className="flex flex-col gap-2">
            {home.milestones.map((m) => (
              <DueItem
                key={m.id}
                testId="officer-milestone"
                href={`/dashboard/key-projects/${m.projectId}`}
                label={`${m.projectName} · ${m.name}`}
                meta={m.enterpriseName}
                due={due(m.plannedOn, true)}
                overdue
              />
            ))}
          </ul>
        )}
      </Section>

      <Section id="officer-enterprises" icon={Building2} title={t('enterprises.title')} count={home.enterprises.length}>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {home.enterprises.map((e) => (
            <li key={e.id} data-testid="officer-enterprise" className="flex flex-col gap-1 rounded-lg border bg-card p-3">
              <p className="font-medium break-words">{e.name}</p>
              <p className="text-sm text-muted-foreground">{[e.park, e.industry].filter(Boolean).join(' · ')}</p>
              <p className="text-sm">{t('enterprises.openCases', { count: e.openCases })}</p>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="officer-projects" icon={FolderKanban} title={t('projects.title')} count={home.projects.length}>
        {home.projects.length === 0 ? (
          <EmptyState title={t('projects.empty')} />
        ) : (
          <ul className="flex flex-col gap-2">
            {home.projects.map((p) => (
              <li key={p.id} className="flex flex-col gap-1 rounded-lg border bg-card p-3">
                <p className="flex flex-wrap items-center gap-2 font-medium break-words">
                  {p.name}
                  {p.keyLevel ? <Badge>{t(`projects.levels.${p.keyLevel}`)}</Badge> : null}
                </p>
                <p className="text-sm text-muted-foreground">
                  {p.enterpriseName} · <span className="font-mono">{p.code}</span>
                  {p.stage in PROJECT_STAGE_NAMES
                    ? ` · ${pickLanguage(PROJECT_STAGE_NAMES[p.stage as ProjectStage], locale)}`
                    : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
