import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { BookOpen, CalendarDays, Handshake, Mail, Map as MapIcon, Users } from 'lucide-react';
import { AdminSectionCard } from '@/components/admin/section-card';
import { Badge } from '@/components/ui/badge';
import { guardPage } from '@/lib/auth/page-guard';
import { ROLES } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { countUsers } from '@/lib/data/accounts';
import { listCalendarYears } from '@/lib/data/calendar';
import { listAssessments } from '@/lib/data/assessments';
import { countOutbox } from '@/lib/data/mail-outbox';
import { listPairings } from '@/lib/data/pairings';
import { listServicesForAdmin } from '@/lib/data/catalogue';
import { firmThroughYear } from '@/lib/domain/working-days';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('title') };
}

export default async function AdminHomePage() {
  const viewer = await getViewer();
  const [users, services, calendarYears, assessments, mail, pairings] = await guardPage(() =>
    Promise.all([
      countUsers(viewer),
      listServicesForAdmin(viewer),
      listCalendarYears(viewer),
      listAssessments(viewer),
      countOutbox(viewer),
      listPairings(viewer),
    ]),
  );
  const [t, tr, tc, tas, tm, tp, format] = await Promise.all([
    getTranslations('admin'),
    getTranslations('common.roles'),
    getTranslations('admin.calendar'),
    getTranslations('admin.assessments'),
    getTranslations('mail.mailbox'),
    getTranslations('admin.pairings'),
    getFormatter(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted-foreground">{t('intro')}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <AdminSectionCard
          icon={Users}
          href="/admin/users"
          title={t('home.users')}
          description={t('home.usersBody')}
          linkLabel={t('home.manageUsers')}
        >
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
        </AdminSectionCard>
        <AdminSectionCard
          icon={BookOpen}
          href="/admin/catalogue"
          title={t('home.catalogue')}
          description={t('home.catalogueBody')}
          linkLabel={t('home.manageCatalogue')}
        >
          <p className="text-sm">{t('home.serviceCount', { count: services.length })}</p>
        </AdminSectionCard>
        <AdminSectionCard
          icon={CalendarDays}
          href="/admin/calendar"
          title={tc('homeTitle')}
          description={tc('homeBody')}
          linkLabel={tc('homeLink')}
        >
          <p className="text-sm">{tc('homeCoverage', { year: String(firmThroughYear(calendarYears.map((y) => y.year))) })}</p>
        </AdminSectionCard>
        <AdminSectionCard
          icon={MapIcon}
          href="/admin/assessments"
          title={tas('homeTitle')}
          description={tas('homeBody')}
          linkLabel={tas('homeLink')}
        >
          <p className="text-sm">
            {tas('homeCount', {
              count: assessments.length,
              valid: assessments.filter((a) => a.validity === 'valid').length,
            })}
          </p>
        </AdminSectionCard>
        <AdminSectionCard
          icon={Mail}
          href="/admin/mail"
          title={tm('homeTitle')}
          description={tm('homeBody')}
          linkLabel={tm('homeLink')}
        >
          <p className="text-sm">{tm('homeCount', mail)}</p>
        </AdminSectionCard>
        <AdminSectionCard
          icon={Handshake}
          href="/admin/pairings"
          title={tp('homeTitle')}
          description={tp('homeBody')}
          linkLabel={tp('homeLink')}
        >
          <p className="text-sm">
            {tp('homeCount', {
              enterprises: pairings.rows.length,
              unpaired: pairings.rows.filter((r) => !r.officerId).length,
            })}
          </p>
        </AdminSectionCard>
      </div>
    </div>
  );
}
