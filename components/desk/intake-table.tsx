import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Inbox } from 'lucide-react';
import { CaseStateBadge } from '@/components/applicant/case-state-badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { zoneDayStart } from '@/lib/domain/clock';
import type { CaseListItem } from '@/lib/data/cases';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { ClockBadge } from './clock-badge';

export async function IntakeTable({ cases }: { cases: CaseListItem[] }) {
  const [t, format, locale] = await Promise.all([getTranslations('desk.queue'), getFormatter(), getLocale() as Promise<Locale>]);
  if (cases.length === 0) {
    return <EmptyState icon={Inbox} title={t('empty')} body={t('emptyHint')} />;
  }
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t('number')}</TableHead>
          <TableHead>{t('deadline')}</TableHead>
          <TableHead>{t('service')}</TableHead>
          <TableHead>{t('enterprise')}</TableHead>
          <TableHead>{t('caseTitle')}</TableHead>
          <TableHead>{t('state')}</TableHead>
          <TableHead>{t('assignee')}</TableHead>
          <TableHead>{t('submittedAt')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {cases.map((c) => (
          <TableRow key={c.id}>
            <TableCell className="font-mono text-xs whitespace-nowrap">
              <Link href={`/desk/cases/${c.id}`} className="text-primary underline-offset-4 hover:underline">
                {c.number ?? t('noNumber')}
              </Link>
            </TableCell>
            <TableCell className="whitespace-nowrap">
              <span className="inline-flex items-center gap-1.5">
                <ClockBadge clock={c.clock} />
                {c.dueOn && <time dateTime={c.dueOn}>{format.dateTime(zoneDayStart(c.dueOn), { dateStyle: 'medium' })}</time>}
              </span>
            </TableCell>
            <TableCell className="min-w-32">{pickLanguage(c.service.name, locale)}</TableCell>
            <TableCell className="min-w-32">{c.enterpriseName}</TableCell>
            <TableCell className="min-w-32">{pickLanguage(c.title, locale)}</TableCell>
            <TableCell>
              <CaseStateBadge state={c.state} />
            </TableCell>
            <TableCell className="whitespace-nowrap">
              {c.assigneeName ?? <span className="text-muted-foreground">{t('unassigned')}</span>}
            </TableCell>
            <TableCell className="whitespace-nowrap">
              {/* Date over time: the column stays narrow enough for the whole table at 1366 px. */}
              {c.submittedAt && (
                <time dateTime={c.submittedAt} className="flex flex-col">
                  <span>{format.dateTime(new Date(c.submittedAt), { dateStyle: 'medium' })}</span>
                  <span className="text-xs text-muted-foreground">
                    {format.dateTime(new Date(c.submittedAt), { timeStyle: 'short' })}
                  </span>
                </time>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
