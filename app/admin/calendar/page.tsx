import { PageHeader } from '@/components/layout/page-header';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CalendarDays } from 'lucide-react';
import { CalendarYearForm, RemoveCalendarYearButton } from '@/components/admin/calendar-year-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listCalendarDays, listCalendarYears } from '@/lib/data/calendar';
import { zoneDayStart } from '@/lib/domain/clock';
import { BUILTIN_CALENDAR, firmThroughYear } from '@/lib/domain/working-days';
import { formatCalendarDays } from '@/lib/validation/calendar';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.calendar'))('title') };
}

const EXAMPLE = ['2099-01-01 休 元旦', '2099-10-01~2099-10-07 休 国庆节', '2099-10-10 班 国庆节调休上班'].join('\n');

export default async function AdminCalendarPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await getViewer();
  const years = await guardPage(() => listCalendarYears(viewer));
  const [daysByYear, params, t, ta, format] = await Promise.all([
    Promise.all(years.map((y) => listCalendarDays(viewer, y.year))),
    searchParams,
    getTranslations('admin.calendar'),
    getTranslations('admin'),
    getFormatter(),
  ]);
  // ?edit=2027 loads that year into the form; anything else shows an empty form.
  const editIndex = years.findIndex((y) => String(y.year) === params.edit);
  const editing = editIndex >= 0 ? years[editIndex] : undefined;
  const nextYear = firmThroughYear(years.map((y) => y.year)) + 1;
  const formDefaults = editing
    ? { year: editing.year, source: editing.source, days: formatCalendarDays(daysByYear[editIndex]) }
    : { year: nextYear, source: '', days: '' };

  return (
    <div className="flex flex-col gap-6">
      <PageHeader back={{ href: '/admin', label: ta('backToAdmin') }} title={t('title')} intro={t('intro')} />

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t('builtin.heading')}</h2>
          </CardTitle>
          <CardDescription>{t('builtin.body')}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-2 text-sm">
          <p className="text-base font-medium">
            {t('builtin.range', {
              firstYear: String(BUILTIN_CALENDAR.firstYear),
              lastYear: String(BUILTIN_CALENDAR.lastYear),
              package: BUILTIN_CALENDAR.package,
              version: BUILTIN_CALENDAR.version,
            })}
          </p>
          <p className="text-muted-foreground">{t('builtin.firmUntil', { year: String(nextYear - 1) })}</p>
        </CardContent>
      </Card>

      <section aria-labelledby="entered-years" className="flex flex-col gap-4">
        <h2 id="entered-years" className="text-lg font-semibold">
          {t('years.heading')}
        </h2>
        {years.length === 0 ? (
          <EmptyState
            icon={CalendarDays}
            title={t('years.empty')}
            body={t('years.emptyBody', { year: String(BUILTIN_CALENDAR.lastYear) })}
          />
        ) : (
          years.map((y, i) => (
            <Card key={y.year}>
              <CardHeader className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                <div className="flex flex-col gap-1">
                  <CardTitle>
                    <h3>{String(y.year)}</h3>
                  </CardTitle>
                  <CardDescription>{t('years.source', { source: y.source })}</CardDescription>
                  <p className="text-xs text-muted-foreground">
                    {y.createdBy
                      ? t('years.enteredBy', { name: y.createdBy, date: format.dateTime(y.createdAt, { dateStyle: 'medium' }) })
                      : t('years.entered', { date: format.dateTime(y.createdAt, { dateStyle: 'medium' }) })}
                    {' · '}
                    {t('years.counts', { holidays: y.holidays, workdays: y.workdays })}
                  </p>
                </div>
                <div className="flex items-start gap-2">
                  <Button asChild variant="outline" size="sm">
                    <Link
                      href={`/admin/calendar?edit=${y.year}#calendar-form`}
                      aria-label={t('years.editLabel', { year: String(y.year) })}
                    >
                      {t('years.edit')}
                    </Link>
                  </Button>
                  <RemoveCalendarYearButton year={y.year} />
                </div>
              </CardHeader>
              <CardContent>
                <Table>
                  <caption className="sr-only">{t('years.daysCaption', { year: String(y.year) })}</caption>
                  <TableHeader>
                    <TableRow>
                      <TableHead>{t('years.date')}</TableHead>
                      <TableHead>{t('years.weekday')}</TableHead>
                      <TableHead>{t('years.kind')}</TableHead>
                      <TableHead>{t('years.name')}</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {daysByYear[i].map((d) => (
                      <TableRow key={d.date}>
                        <TableCell>
                          <time dateTime={d.date}>{format.dateTime(zoneDayStart(d.date), { dateStyle: 'medium' })}</time>
                        </TableCell>
                        <TableCell>{format.dateTime(zoneDayStart(d.date), { weekday: 'short' })}</TableCell>
                        <TableCell>
                          <Badge variant={d.isWorkday ? 'secondary' : 'outline'}>
                            {d.isWorkday ? t('years.workday') : t('years.holiday')}
                          </Badge>
                        </TableCell>
                        <TableCell>{d.name || '—'}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </CardContent>
            </Card>
          ))
        )}
      </section>

      <Card id="calendar-form">
        <CardHeader>
          <CardTitle>
            <h2>{editing ? t('form.headingEdit', { year: String(editing.year) }) : t('form.heading')}</h2>
          </CardTitle>
          {editing && (
            <Link href="/admin/calendar#calendar-form" className="text-sm text-primary hover:underline">
              {t('form.cancelEdit')}
            </Link>
          )}
        </CardHeader>
        <CardContent className="grid gap-6 lg:grid-cols-[1fr_22rem]">
          <CalendarYearForm
            key={editing ? `edit-${editing.year}` : 'new'}
            defaults={formDefaults}
            builtinLastYear={BUILTIN_CALENDAR.lastYear}
            editing={!!editing}
          />
          <aside aria-labelledby="calendar-format" className="flex flex-col gap-3 rounded-md border bg-muted/40 p-4 text-sm">
            <h3 id="calendar-format" className="font-semibold">
              {t('format.heading')}
            </h3>
            <p>{t('format.body')}</p>
            <ul className="list-disc space-y-1 pl-5">
              {(['date', 'mark', 'name', 'comments'] as const).map((rule) => (
                <li key={rule}>{t(`format.rules.${rule}`)}</li>
              ))}
            </ul>
            <figure className="flex flex-col gap-1">
              <figcaption className="text-xs text-muted-foreground">{t('format.example')}</figcaption>
              <pre lang="zh-CN" className="overflow-x-auto rounded bg-card p-2 font-mono text-xs">
                {EXAMPLE}
              </pre>
            </figure>
          </aside>
        </CardContent>
      </Card>
    </div>
  );
}
