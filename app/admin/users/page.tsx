import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { getTranslations } from 'next-intl/server';
import { UserFilter } from '@/components/admin/user-filter';
import { UsersTable } from '@/components/admin/users-table';
import { guardPage } from '@/lib/auth/page-guard';
import { ROLES, type Role } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { listUsers } from '@/lib/data/accounts';

/** listUsers returns at most this many rows. */
const LIST_LIMIT = 200;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.users'))('title') };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await getViewer();
  const params = await searchParams;
  const q = (first(params.q) ?? '').trim().slice(0, 100);
  const roleParam = first(params.role);
  const role = ROLES.find((r): r is Role => r === roleParam);
  const users = await guardPage(() => listUsers(viewer, { q: q || undefined, role }));
  const [t, ta] = await Promise.all([getTranslations('admin.users'), getTranslations('admin')]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader back={{ href: '/admin', label: ta('backToAdmin') }} title={t('title')} intro={t('intro')} />
      <UserFilter q={q} role={role} />
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {users.length >= LIST_LIMIT ? t('limited', { count: users.length }) : t('count', { count: users.length })}
      </p>
      <UsersTable users={users} />
    </div>
  );
}
