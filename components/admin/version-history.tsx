import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { listServiceVersions } from '@/lib/data/catalogue';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

type Version = Awaited<ReturnType<typeof listServiceVersions>>[number];

export async function VersionHistory({ versions, current }: { versions: Version[]; current: number }) {
  const [t, format, locale] = await Promise.all([
    getTranslations('admin.serviceEdit.history'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t('version')}</TableHead>
          <TableHead>{t('name')}</TableHead>
          <TableHead>{t('publishedBy')}</TableHead>
          <TableHead>{t('createdAt')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {versions.map((v) => (
          <TableRow key={v.version}>
            <TableCell className="whitespace-nowrap">
              <span className="inline-flex items-center gap-2">
                {t('versionValue', { version: v.version })}
                {v.version === current && <Badge variant="success">{t('current')}</Badge>}
              </span>
            </TableCell>
            <TableCell className="min-w-48">{pickLanguage(v.name, locale)}</TableCell>
            <TableCell className="whitespace-nowrap">{v.publishedBy ?? t('seeded')}</TableCell>
            <TableCell className="whitespace-nowrap">
              <time dateTime={v.createdAt.toISOString()}>
                {format.dateTime(v.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
