import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ServiceGuide } from '@/lib/data/catalogue';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

/** Statutory and promised limits of the item, then each department's own task and limit. */
export async function TimeLimits({ guide }: { guide: ServiceGuide }) {
  const [t, tc, locale] = await Promise.all([
    getTranslations('catalogue.guide.timeLimits'),
    getTranslations('common'),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-lg font-medium">{t('summary', { statutory: guide.statutoryDays, promised: guide.promisedDays })}</p>
      <p className="text-sm text-muted-foreground">{t('note')}</p>
      {guide.departments.length ? (
        <div className="flex flex-col gap-2">
          <h3 className="text-base font-semibold">{t('departmentsTitle')}</h3>
          {guide.departments.length > 1 ? <p className="text-sm text-muted-foreground">{t('parallelNote')}</p> : null}
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">{t('department')}</TableHead>
                <TableHead scope="col">{t('task')}</TableHead>
                <TableHead scope="col" className="whitespace-nowrap">
                  {t('statutory')}
                </TableHead>
                <TableHead scope="col" className="whitespace-nowrap">
                  {t('limit')}
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {guide.departments.map((d) => (
                <TableRow key={d.code}>
                  <TableCell className="min-w-32">
                    <span className="flex flex-col items-start gap-1">
                      {pickLanguage(d.name, locale)}
                      {d.veto ? <Badge variant="warning">{t('veto')}</Badge> : null}
                    </span>
                  </TableCell>
                  <TableCell className="min-w-32">
                    {d.item ? (
                      <Link href={`/services/${encodeURIComponent(d.item.code)}`} className="text-primary hover:underline">
                        {pickLanguage(d.task, locale)}
                      </Link>
                    ) : (
                      pickLanguage(d.task, locale)
                    )}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{tc('units.workingDays', { count: d.legalDays })}</TableCell>
                  <TableCell className="whitespace-nowrap">{tc('units.workingDays', { count: d.timeLimitDays })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </div>
  );
}
