import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { EndSessionsButton } from '@/components/admin/end-sessions-button';
import { UserRolesForm } from '@/components/admin/user-roles-form';
import { Card, CardContent } from '@/components/ui/card';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getUserForAdmin } from '@/lib/data/accounts';
import { listDepartments } from '@/lib/data/catalogue';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

const NO_SUCH_USER = '00000000-0000-0000-0000-000000000000';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.userEdit'))('title') };
}

export default async function AdminUserEditPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  const { id } = await params;
  // A malformed id would make PostgreSQL reject the query: look up one that matches nobody
  // instead, so the permission check still runs first and the answer is an ordinary 404.
  const lookupId = z.guid().safeParse(id).success ? id : NO_SUCH_USER;
  const user = await guardPage(() => getUserForAdmin(viewer, lookupId));
  const [departments, t, locale] = await Promise.all([
    listDepartments(),
    getTranslations('admin.userEdit'),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/admin/users" className="text-sm text-primary hover:underline">
          {t('back')}
        </Link>
        <h1 className="mt-1 text-2xl font-bold">{t('title')}</h1>
      </div>
      <Card>
        <CardContent className="flex flex-col gap-6 pt-5">
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-muted-foreground">{t('name')}</dt>
              <dd className="font-medium">{user.name}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">{t('email')}</dt>
              <dd className="font-medium break-all">{user.email}</dd>
            </div>
          </dl>
          <UserRolesForm
            user={{ id: user.id, roles: user.roles, departmentId: user.departmentId }}
            departments={departments.map((d) => ({ id: d.id, name: pickLanguage(d.name, locale) }))}
            isSelf={viewer.kind === 'user' && viewer.userId === user.id}
          />
          <EndSessionsButton userId={user.id} />
        </CardContent>
      </Card>
    </div>
  );
}
