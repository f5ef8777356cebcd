import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { CumulativePoint } from '@/lib/domain/key-projects';
import { amountUnit, chartPoints } from './amounts';
import { LazyInvestmentChart } from './lazy-investment-chart';

/** Cumulative investment against the year's plan by month: the chart, and the same figures as a table. */
export async function CumulativeChart({ cumulative, caption }: { cumulative: CumulativePoint[]; caption: string }) {
  const [t, format, locale] = await Promise.all([getTranslations('keyProjects'), getFormatter(), getLocale()]);
  const amount = (yuan: number) => format.number(amountUnit(locale, yuan), { maximumFractionDigits: 2 });
  const last = cumulative.at(-1);
  return (
    <div className="flex flex-col gap-3">
      {last ? (
        <LazyInvestmentChart
          points={chartPoints(locale, cumulative)}
          labels={{
            completed: t('chart.completed'),
            plan: t('chart.plan'),
            summary: t('chart.label', {
              month: last.month.slice(0, 7),
              completed: amount(last.completedYuan),
              plan: amount(last.planYuan),
            }),
          }}
        />
      ) : null}
      <details>
        <summary className="cursor-pointer text-sm text-primary">{t('chart.showTable')}</summary>
        <div className="mt-2 overflow-x-auto">
          <Table>
            <caption className="sr-only">{caption}</caption>
            <TableHeader>
              <TableRow>
                <TableHead>{t('columns.month')}</TableHead>
                <TableHead className="text-right">{t('columns.cumulative')}</TableHead>
                <TableHead className="text-right">{t('columns.planToDate')}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {cumulative.map((p) => (
                <TableRow key={p.month}>
                  <TableCell>{p.month.slice(0, 7)}</TableCell>
                  <TableCell className="text-right tabular-nums">{amount(p.completedYuan)}</TableCell>
                  <TableCell className="text-right tabular-nums">{amount(p.planYuan)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </details>
    </div>
  );
}
