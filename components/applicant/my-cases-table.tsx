import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FileSearch } from 'lucide-react';
import { ClockSummary } from '@/components/case/clock-summary';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { CaseListItem } from '@/lib/data/cases';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { CaseStateBadge } from './case-state-badge';

export async function MyCasesTable({ cases }: { cases: CaseListItem[] }) {
  const [t, format, locale] = await Promise.all([
    getTranslations('applicant.cases'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  if (cases.length === 0) {
    return (
      <EmptyState
        icon={FileSearch}
        title={t('empty.title')}
        body={t('empty.body')}
        action={{ href: '/services', label: t('empty.action') }}
      />
    );
  }
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t('number')}</TableHead>
          <TableHead>{t('title')}</TableHead>
          <TableHead>{t('service')}</TableHead>
          <TableHead>{t('state')}</TableHead>
          <TableHead>{t('submittedAt')}</TableHead>
          <TableHead>{t('deadline')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {cases.map((c) => (
          <TableRow key={c.id}>
            <TableCell className="font-mono text-xs whitespace-nowrap">
              {c.state === 'draft' ? (
                <Link
                  href={`/my/cases/${c.id}/edit`}
                  className="text-primary hover:underline"
                  aria-label={t('draftLabel', { title: pickLanguage(c.title, locale) })}
                >
                  {c.number ?? t('draft')}
                </Link>
              ) : (
                <Link href={`/my/cases/${c.id}`} className="text-primary hover:underline">
                  {c.number ?? pickLanguage(c.title, locale)}
                </Link>
              )}
            </TableCell>
            <TableCell className="min-w-48">
              {pickLanguage(c.title, locale)}
              <span className="block text-xs text-muted-foreground">{c.enterpriseName}</span>
            </TableCell>
            <TableCell className="min-w-40">{pickLanguage(c.service.name, locale)}</TableCell>
            <TableCell>
              <CaseStateBadge state={c.state} />
            </TableCell>
            <TableCell className="whitespace-nowrap">
              {c.submittedAt ? (
                <time dateTime={c.submittedAt}>{format.dateTime(new Date(c.submittedAt), { dateStyle: 'medium' })}</time>
              ) : (
                <span className="text-muted-foreground">{t('notSubmitted')}</span>
              )}
            </TableCell>
            <TableCell className="whitespace-nowrap">
              <ClockSummary clocks={c.clocks} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
