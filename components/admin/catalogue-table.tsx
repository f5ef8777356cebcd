import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ServiceSummary } from '@/lib/data/catalogue';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

export async function CatalogueTable({ services }: { services: ServiceSummary[] }) {
  const [t, tc, locale] = await Promise.all([
    getTranslations('admin.catalogue'),
    getTranslations('common'),
    getLocale() as Promise<Locale>,
  ]);
  if (services.length === 0) return <EmptyState title={t('empty')} />;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t('code')}</TableHead>
          <TableHead>{t('name')}</TableHead>
          <TableHead>{t('kind')}</TableHead>
          <TableHead>{t('department')}</TableHead>
          <TableHead>{t('limits')}</TableHead>
          <TableHead>{t('version')}</TableHead>
          <TableHead>
            <span className="sr-only">{t('actions')}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {services.map((s) => {
          const name = pickLanguage(s.name, locale);
          return (
            <TableRow key={s.code}>
              <TableCell className="font-mono text-xs whitespace-nowrap">{s.code}</TableCell>
              <TableCell className="min-w-48 font-medium">
                <Link href={`/admin/catalogue/${encodeURIComponent(s.code)}`} className="hover:underline">
                  {name}
                </Link>
              </TableCell>
              <TableCell>
                <Badge variant="secondary">{tc(`kinds.${s.kind}`)}</Badge>
              </TableCell>
              <TableCell className="min-w-32">{pickLanguage(s.leadDepartment.name, locale)}</TableCell>
              <TableCell className="whitespace-nowrap">
                {t('limitsValue', { statutory: s.statutoryDays, promised: s.promisedDays })}
              </TableCell>
              <TableCell className="whitespace-nowrap">{t('versionValue', { version: s.version })}</TableCell>
              <TableCell className="whitespace-nowrap">
                <div className="flex gap-3">
                  <Link
                    href={`/admin/catalogue/${encodeURIComponent(s.code)}`}
                    className="text-primary hover:underline"
                    aria-label={t('editLabel', { name })}
                  >
                    {t('edit')}
                  </Link>
                  <Link
                    href={`/services/${encodeURIComponent(s.code)}`}
                    className="text-primary hover:underline"
                    aria-label={t('viewGuideLabel', { name })}
                  >
                    {t('viewGuide')}
                  </Link>
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
