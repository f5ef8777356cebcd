import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Search } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { ROLES, type Role } from '@/lib/auth/permissions';

/** A plain GET form: works without JavaScript and keeps the filter in the URL. */
export async function UserFilter({ q, role }: { q: string; role: Role | undefined }) {
  const [t, tr] = await Promise.all([getTranslations('admin.users'), getTranslations('common.roles')]);
  return (
    <form
      method="get"
      action="/admin/users"
      role="search"
      className="flex flex-col gap-3 rounded-lg border bg-card p-4 sm:flex-row sm:items-end"
    >
      <div className="flex flex-1 flex-col gap-1.5">
        <Label htmlFor="user-q">{t('q')}</Label>
        <Input id="user-q" name="q" type="search" defaultValue={q} placeholder={t('qPlaceholder')} maxLength={100} />
      </div>
      <div className="flex flex-col gap-1.5 sm:w-48">
        <Label htmlFor="user-role">{t('role')}</Label>
        <NativeSelect id="user-role" name="role" defaultValue={role ?? ''}>
          <option value="">{t('allRoles')}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex gap-2">
        <Button type="submit">
          <Search aria-hidden />
          {t('search')}
        </Button>
        {(q || role) && (
          <Button asChild variant="ghost">
            <Link href="/admin/users">{t('reset')}</Link>
          </Button>
        )}
      </div>
    </form>
  );
}
