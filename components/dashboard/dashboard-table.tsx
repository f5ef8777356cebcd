import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Download } from 'lucide-react';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { DashboardTable } from '@/lib/data/dashboard-tables';
import type { CsvValue } from '@/lib/domain/csv';
import { dashboardSearchParams, type DashboardFilter } from '@/lib/validation/dashboard';
import { cn } from '@/lib/utils';

/** When a figure group was last updated: the newest aggregate row it read (epoch: none yet). */
export async function UpdatedAt({ at, live = false }: { at: Date; live?: boolean }) {
  const [t, format] = await Promise.all([getTranslations('dashboard'), getFormatter()]);
  if (at.getTime() === 0) return <span className="text-xs text-muted-foreground">{t('updatedNever')}</span>;
  const time = format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <span className="text-xs text-muted-foreground">
      <time dateTime={at.toISOString()}>{live ? t('live', { time }) : t('updated', { time })}</time>
    </span>
  );
}

/** The link that downloads one table as CSV, with the page's filter. */
export async function ExportLink({ table, filter, title }: { table: string; filter: DashboardFilter; title: string }) {
  const t = await getTranslations('dashboard');
  return (
    <a
      href={`/api/dashboard/export?${dashboardSearchParams(filter, { table })}`}
      download
      aria-label={t('exportLabel', { table: title })}
      className="inline-flex items-center gap-1 text-sm text-primary hover:underline"
    >
      <Download className="size-4" aria-hidden />
      {t('export')}
    </a>
  );
}

/** One dashboard table as on screen (the CSV export writes the same columns and rows). */
export async function DashboardTableView({
  table,
  caption,
  empty,
  tone,
}: {
  table: DashboardTable;
  caption: string;
  empty: string;
  tone?: 'danger' | 'warning';
}) {
  const format = await getFormatter();
  if (!table.rows.length)
    return <p className="rounded-md border border-dashed px-4 py-6 text-center text-sm text-muted-foreground">{empty}</p>;
  const cell = (value: CsvValue, digits?: number): string =>
    typeof value === 'number'
      ? format.number(value, { maximumFractionDigits: digits ?? 0, minimumFractionDigits: digits ? Math.min(digits, 1) : 0 })
      : (value ?? '—');
  return (
    <div className="overflow-x-auto rounded-lg border bg-card">
      <Table>
        <caption className="sr-only">{caption}</caption>
        <TableHeader>
          <TableRow>
            {table.columns.map((c) => (
              <TableHead key={c.header} className={cn('whitespace-nowrap', c.numeric && 'text-right')}>
                {c.header}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row) => (
            <TableRow key={row.key}>
              {row.cells.map((value, i) => {
                const column = table.columns[i];
                const text = cell(value, column.digits);
                return (
                  <TableCell
                    key={column.header}
                    // On a phone the table scrolls sideways rather than squeezing each cell into a column of characters.
                    className={cn(
                      'whitespace-nowrap',
                      column.numeric && 'text-right tabular-nums',
                      i === row.cells.length - 1 && tone === 'danger' && 'font-semibold text-destructive',
                      i === row.cells.length - 1 && tone === 'warning' && 'font-semibold text-amber-700 dark:text-amber-400',
                    )}
                  >
                    {i === 0 && row.caseId ? (
                      <Link href={`/desk/cases/${row.caseId}`} className="font-medium text-primary hover:underline">
                        {text}
                      </Link>
                    ) : (
                      text
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
