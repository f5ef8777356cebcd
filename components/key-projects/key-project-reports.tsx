import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { KeyProjectDetail } from '@/lib/data/key-projects';
import { monthsElapsed } from '@/lib/domain/key-projects';
import { InvestmentReportForm, type ReportableMonth } from './investment-report-form';

/** The months of the year so far, each with its current report if it has one. */
function reportableMonths(detail: KeyProjectDetail): ReportableMonth[] {
  return Array.from({ length: monthsElapsed(detail.year, detail.asOf) }, (_, i) => {
    const month = `${detail.year}-${String(i + 1).padStart(2, '0')}-01`;
    const current = detail.reports.find((r) => r.month === month && !r.supersededAt);
    return { month, current: current ? { id: current.id, amountYuan: current.amountYuan } : null };
  });
}

/** A key project's monthly reports, corrected ones kept and marked, and the form to report or correct. */
export async function KeyProjectReports({ detail }: { detail: KeyProjectDetail }) {
  const [t, format] = await Promise.all([getTranslations('keyProjects.detail'), getFormatter()]);
  const wan = (yuan: number) => format.number(yuan / 10_000, { maximumFractionDigits: 2 });
  return (
    <div className="flex flex-col gap-4">
      {detail.may.report ? (
        <section aria-labelledby="report" className="flex flex-col gap-3 rounded-lg border p-4">
          <h3 id="report" className="font-medium">
            {t('report')}
          </h3>
          <InvestmentReportForm projectId={detail.projectId} months={reportableMonths(detail)} />
        </section>
      ) : null}
      <section aria-labelledby="reports" className="flex flex-col gap-3">
        <h3 id="reports" className="font-medium">
          {t('reports')}
        </h3>
        {detail.reports.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t('noReports')}</p>
        ) : (
          <div className="overflow-x-auto">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t('reports')}</TableHead>
                  <TableHead className="text-right">{t('amount')}</TableHead>
                  <TableHead>{t('reportedBy')}</TableHead>
                  <TableHead>{t('reportedAt')}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {detail.reports.map((r) => (
                  <TableRow key={r.id} className={r.supersededAt ? 'text-muted-foreground' : undefined}>
                    <TableCell>
                      {r.month.slice(0, 7)}{' '}
                      {r.supersededAt ? (
                        <Badge variant="secondary" className="ml-1">
                          {t('superseded')}
                        </Badge>
                      ) : null}
                      {r.correctionReason ? (
                        <div className="text-xs">{t('correction', { reason: r.correctionReason })}</div>
                      ) : null}
                      {r.note ? <div className="text-xs">{r.note}</div> : null}
                    </TableCell>
                    <TableCell className={r.supersededAt ? 'text-right tabular-nums line-through' : 'text-right tabular-nums'}>
                      {wan(r.amountYuan)}
                    </TableCell>
                    <TableCell>{r.reportedBy ?? '—'}</TableCell>
                    <TableCell className="whitespace-nowrap">
                      {format.dateTime(new Date(r.reportedAt), { dateStyle: 'medium', timeStyle: 'short' })}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </div>
  );
}
