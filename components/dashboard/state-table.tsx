import { getFormatter, getTranslations } from 'next-intl/server';
import { CaseStateBadge } from '@/components/applicant/case-state-badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { caseStateEnum } from '@/db/schema';
import type { DashboardCounts } from '@/lib/data/cases';

/** Every state in lifecycle order, zero where no case is in it, so the table never changes shape. */
export async function StateTable({ byState }: { byState: DashboardCounts['byState'] }) {
  const [t, format] = await Promise.all([getTranslations('dashboard.byState'), getFormatter()]);
  const counts = new Map(byState.map((s) => [s.state, s.count]));
  const total = byState.reduce((sum, s) => sum + s.count, 0);
  return (
    <Table>
      <caption className="sr-only">{t('heading')}</caption>
      <TableHeader>
        <TableRow>
          <TableHead>{t('state')}</TableHead>
          <TableHead className="text-right">{t('count')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {caseStateEnum.enumValues.map((state) => (
          <TableRow key={state}>
            <TableCell>
              <CaseStateBadge state={state} />
            </TableCell>
            <TableCell className="text-right tabular-nums">{format.number(counts.get(state) ?? 0)}</TableCell>
          </TableRow>
        ))}
        <TableRow className="font-semibold">
          <TableCell>{t('total')}</TableCell>
          <TableCell className="text-right tabular-nums">{format.number(total)}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
