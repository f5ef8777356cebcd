import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { UserRow } from '@/lib/data/accounts';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

export async function UsersTable({ users }: { users: UserRow[] }) {
  const [t, tr, locale] = await Promise.all([
    getTranslations('admin.users'),
    getTranslations('common.roles'),
    getLocale() as Promise<Locale>,
  ]);
  if (users.length === 0) return <EmptyState title={t('empty')} />;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t('name')}</TableHead>
          <TableHead>{t('email')}</TableHead>
          <TableHead>{t('roles')}</TableHead>
          <TableHead>{t('department')}</TableHead>
          <TableHead>{t('status')}</TableHead>
          <TableHead>
            <span className="sr-only">{t('actions')}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((u) => (
          <TableRow key={u.id}>
            <TableCell className="min-w-28 font-medium">
              <Link href={`/admin/users/${u.id}`} className="hover:underline">
                {u.name}
              </Link>
            </TableCell>
            <TableCell className="whitespace-nowrap">{u.email}</TableCell>
            <TableCell className="min-w-40">
              <div className="flex flex-wrap gap-1">
                {u.roles.length ? (
                  u.roles.map((r) => (
                    <Badge key={r} variant={r === 'admin' ? 'default' : 'secondary'}>
                      {tr(r)}
                    </Badge>
                  ))
                ) : (
                  <span className="text-muted-foreground">{t('noRoles')}</span>
                )}
              </div>
            </TableCell>
            <TableCell className="min-w-32">
              {u.departmentName ? pickLanguage(u.departmentName, locale) : <span className="text-muted-foreground">—</span>}
            </TableCell>
            <TableCell>
              {u.disabled ? <Badge variant="destructive">{t('disabled')}</Badge> : <Badge variant="outline">{t('active')}</Badge>}
            </TableCell>
            <TableCell>
              <Link
                href={`/admin/users/${u.id}`}
                className="text-primary hover:underline"
                aria-label={t('editLabel', { name: u.name })}
              >
                {t('edit')}
              </Link>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
