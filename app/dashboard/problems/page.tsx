import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { LifeBuoy } from 'lucide-react';
import { PageHeader } from '@/components/layout/page-header';
import { ProblemUrgencyBadge, urgencyTint } from '@/components/problems/problem-urgency';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getProblemOverview } from '@/lib/data/problems';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { cn } from '@/lib/utils';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('problems.overview'))('title') };
}

type CountRow = { key: string; label: string; open: number; overdue: number; dueSoon: number };

/** Open problems across the zone for managers: by officer, kind and age, overdue in red; the list and its CSV. */
export default async function ProblemOverviewPage() {
  const viewer = await getViewer();
  const overview = await guardPage(() => getProblemOverview(viewer));
  const [t, format, locale] = await Promise.all([getTranslations('problems'), getFormatter(), getLocale() as Promise<Locale>]);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium' });
  const overdue = overview.open.filter((p) => p.urgency === 'overdue').length;

  const counts = (id: string, title: string, rows: CountRow[]) => (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="overflow-x-auto rounded-lg border bg-card">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{title}</TableHead>
              <TableHead className="text-right">{t('overview.open')}</TableHead>
              <TableHead className="text-right">{t('overview.overdue')}</TableHead>
              <TableHead className="text-right">{t('overview.dueSoon')}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.key} data-testid={`${id}-row`}>
                <TableCell>{r.label}</TableCell>
                <TableCell className="text-right tabular-nums">{r.open}</TableCell>
                <TableCell className={cn('text-right tabular-nums', r.overdue > 0 && 'font-semibold text-destructive')}>
                  {r.overdue}
                </TableCell>
                <TableCell className="text-right tabular-nums">{r.dueSoon}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <PageHeader
          back={{ href: '/dashboard', label: t('overview.back') }}
          title={t('overview.title')}
          intro={t('overview.intro')}
        />
        <Button asChild variant="outline">
          <a href="/api/problems/export" download>
            {t('overview.export')}
          </a>
        </Button>
      </div>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-muted-foreground">{t('overview.asOf', { date: date(overview.asOf) })}</span>
        <span className="font-medium">{t('overview.openCount', { count: overview.open.length })}</span>
        {overdue ? <Badge variant="destructive">{t('overview.overdueCount', { count: overdue })}</Badge> : null}
      </p>
      {overview.open.length === 0 ? (
        <EmptyState icon={LifeBuoy} title={t('overview.empty.title')} body={t('overview.empty.body')} />
      ) : (
        <>
          <div className="grid gap-6 lg:grid-cols-3">
            {counts(
              'by-officer',
              t('overview.byOfficer'),
              overview.byOfficer.map((o) => ({ key: o.officerId ?? 'none', label: o.officerName ?? t('unassigned'), ...o })),
            )}
            {counts(
              'by-kind',
              t('overview.byKind'),
              overview.byKind.map((k) => ({ key: k.kind, label: t(`kinds.${k.kind}`), ...k })),
            )}
            {counts(
              'by-age',
              t('overview.byAge'),
              overview.byAge.map((a) => ({ key: a.ageBucket, label: t(`ageBuckets.${a.ageBucket}`), ...a })),
            )}
          </div>
          <section aria-labelledby="open-problems" className="flex flex-col gap-2">
            <h2 id="open-problems" className="text-lg font-semibold">
              {t('overview.list')}
            </h2>
            <div className="overflow-x-auto rounded-lg border bg-card">
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead>{t('columns.title')}</TableHead>
                    <TableHead>{t('columns.kind')}</TableHead>
                    <TableHead>{t('columns.enterprise')}</TableHead>
                    <TableHead>{t('columns.officer')}</TableHead>
                    <TableHead>{t('columns.state')}</TableHead>
                    <TableHead>{t('columns.dueOn')}</TableHead>
                    <TableHead>{t('columns.department')}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {overview.open.map((p) => (
                    <TableRow key={p.id} data-testid="overview-problem" className={urgencyTint(p.urgency)}>
                      <TableCell>
                        <Link href={`/desk/problems/${p.id}`} className="text-primary hover:underline">
                          {p.title}
                        </Link>
                      </TableCell>
                      <TableCell>{t(`kinds.${p.kind}`)}</TableCell>
                      <TableCell>{p.enterpriseName}</TableCell>
                      <TableCell>{p.officerName ?? t('unassigned')}</TableCell>
                      <TableCell>{t(`states.${p.state}`)}</TableCell>
                      <TableCell className="whitespace-nowrap">
                        <span className={cn(p.urgency === 'overdue' && 'font-semibold text-destructive')}>{date(p.dueOn)}</span>{' '}
                        <ProblemUrgencyBadge urgency={p.urgency} />
                      </TableCell>
                      <TableCell>{p.department ? pickLanguage(p.department, locale) : '—'}</TableCell>
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
