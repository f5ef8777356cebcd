import { getTranslations } from 'next-intl/server';
import { Building2 } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import type { MyEnterprise } from '@/lib/data/accounts';

export async function MyEnterprises({ enterprises }: { enterprises: MyEnterprise[] }) {
  const t = await getTranslations('applicant.enterprises');
  if (enterprises.length === 0) return <p className="text-sm text-muted-foreground">{t('empty')}</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {enterprises.map((e) => (
        <li key={e.id} className="flex gap-3 rounded-lg border bg-card p-4">
          <Building2 className="mt-0.5 size-5 shrink-0 text-primary" aria-hidden />
          <div className="flex min-w-0 flex-col gap-1.5">
            <p className="font-medium break-words">{e.name}</p>
            <p className="text-xs text-muted-foreground">
              {e.creditCode ? t('creditCode', { code: e.creditCode }) : t('noCreditCode')}
            </p>
            <div className="flex flex-wrap gap-1.5">
              <Badge variant="secondary">{t(`memberRoles.${e.role}`)}</Badge>
              {e.enterpriseStatus === 'establishing' && <Badge variant="outline">{t('establishing')}</Badge>}
              {e.status === 'pending' && <Badge variant="warning">{t('pending')}</Badge>}
            </div>
            {e.status === 'pending' && <p className="text-xs text-muted-foreground">{t('pendingHint')}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}
