import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { BookOpen, CalendarDays, ChevronRight, Users } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { guardPage } from '@/lib/auth/page-guard';
import { ROLES } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { countUsers } from '@/lib/data/accounts';
import { listCalendarYears } from '@/lib/data/calendar';
import { listServicesForAdmin } from '@/lib/data/catalogue';
import { firmThroughYear } from '@/lib/domain/working-days';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('title') };
}

export default async function AdminHomePage() {
  const viewer = await getViewer();
  const [users, services, calendarYears] = await guardPage(() =>
    Promise.all([countUsers(viewer), listServicesForAdmin(viewer), listCalendarYears(viewer)]),
  );
  const [t, tr, tc, format] = await Promise.all([
    getTranslations('admin'),
    getTranslations('common.roles'),
    getTranslations('admin.calendar'),
    getFormatter(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted-foreground">{t('intro')}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <Users className="size-5 text-primary" aria-hidden />
              <h2>
                <Link href="/admin/users" className="hover:underline">
                  {t('home.users')}
                </Link>
              </h2>
            </CardTitle>
            <CardDescription>{t('home.usersBody')}</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            <p className="text-sm">
              {t('home.userCount', { count: users.total })}
              {users.disabled > 0 && (
                <span className="text-muted-foreground"> · {t('home.disabledCount', { count: users.disabled })}</span>
              )}
            </p>
            <ul className="flex flex-wrap gap-1.5" aria-label={t('home.byRole')}>
              {ROLES.map((r) => (
                <li key={r}>
                  <Link href={`/admin/users?role=${r}`}>
                    <Badge variant="secondary" className="hover:bg-accent">
                      {tr(r)} {format.number(users.byRole[r])}
                    </Badge>
                  </Link>
                </li>
              ))}
            </ul>
            <Link href="/admin/users" className="inline-flex items-center gap-1 text-sm text-primary hover:underline">
              {t('home.manageUsers')}
              <ChevronRight className="size-4" aria-hidden />
            </Link>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <BookOpen className="size-5 text-primary" aria-hidden />
              <h2>
                <Link href="/admin/catalogue" className="hover:underline">
                  {t('home.catalogue')}
                </Link>
              </h2>
            </CardTitle>
            <CardDescription>{t('home.catalogueBody')}</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            <p className="text-sm">{t('home.serviceCount', { count: services.length })}</p>
            <Link href="/admin/catalogue" className="inline-flex items-center gap-1 text-sm text-primary hover:underline">
              {t('home.manageCatalogue')}
              <ChevronRight className="size-4" aria-hidden />
            </Link>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <CalendarDays className="size-5 text-primary" aria-hidden />
              <h2>
                <Link href="/admin/calendar" className="hover:underline">
                  {tc('homeTitle')}
                </Link>
              </h2>
            </CardTitle>
            <CardDescription>{tc('homeBody')}</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            <p className="text-sm">{tc('homeCoverage', { year: String(firmThroughYear(calendarYears.map((y) => y.year))) })}</p>
            <Link href="/admin/calendar" className="inline-flex items-center gap-1 text-sm text-primary hover:underline">
              {tc('homeLink')}
              <ChevronRight className="size-4" aria-hidden />
            </Link>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
