import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Inbox } from 'lucide-react';
import { DueDate } from '@/components/applicant/due-date';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { CaseListItem } from '@/lib/data/cases';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

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
          <TableHead>{t('service')}</TableHead>
          <TableHead>{t('enterprise')}</TableHead>
          <TableHead>{t('caseTitle')}</TableHead>
          <TableHead>{t('submittedAt')}</TableHead>
          <TableHead>{t('deadline')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {cases.map((c) => (
          <TableRow key={c.id}>
            <TableCell className="font-mono text-xs whitespace-nowrap">{c.number}</TableCell>
            <TableCell className="min-w-40">{pickLanguage(c.service.name, locale)}</TableCell>
            <TableCell className="min-w-40">{c.enterpriseName}</TableCell>
            <TableCell className="min-w-48">{c.title}</TableCell>
            <TableCell className="whitespace-nowrap">
              {c.submittedAt && (
                <time dateTime={c.submittedAt}>
                  {format.dateTime(new Date(c.submittedAt), { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
              )}
            </TableCell>
            <TableCell className="whitespace-nowrap">
              <DueDate date={c.serviceDeadline} state={c.state} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
