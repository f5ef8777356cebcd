import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FileText } from 'lucide-react';
import { EvidenceUpload } from '@/components/case/material-upload';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ObligationRow } from '@/lib/data/obligations';
import type { ObligationState } from '@/lib/domain/obligation-states';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { cn } from '@/lib/utils';

const STATE_BADGE: Record<ObligationState, 'default' | 'secondary' | 'outline' | 'destructive' | 'warning' | 'success'> = {
  open: 'outline',
  extended: 'warning',
  fulfilled: 'secondary',
  verified: 'success',
  waived: 'secondary',
  breached: 'destructive',
};

/**
 * Rows of the obligations ledger: for staff a table (which enterprise, how it is verified, what
 * the staff do next); for the enterprise a list that reads on a phone (what to do next, on which
 * case, and the evidence field of an owed promise). The case links to its one address, which
 * opens the applicant's or the desk's page.
 */
export async function ObligationsTable({ rows, audience }: { rows: ObligationRow[]; audience: 'applicant' | 'staff' }) {
  const [t, format, locale] = await Promise.all([getTranslations('obligations'), getFormatter(), getLocale() as Promise<Locale>]);
  const date = (iso: string) =>
    format.dateTime(new Date(`${iso}T00:00:00+08:00`), { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });
  const staff = audience === 'staff';
  const views = rows.map((o) => {
    const requirement = o.material ? pickLanguage(o.material, locale) : o.requirement;
    const caseLabel = o.case.number ?? t('noNumber');
    const owed = o.status === 'open' || o.status === 'extended' || o.status === 'breached';
    return {
      o,
      requirement,
      caseLink: (
        <Link href={`/cases/${o.case.id}`} className="font-mono text-xs text-primary hover:underline">
          {caseLabel}
        </Link>
      ),
      due: (
        <>
          <time dateTime={o.dueDate}>{date(o.dueDate)}</time>
          {owed ? (
            <span className={cn('block text-xs', o.late ? 'text-destructive' : 'text-muted-foreground')}>
              {o.workingDaysLeft < 0
                ? t('daysOverdue', { days: -o.workingDaysLeft })
                : t('daysLeft', { days: o.workingDaysLeft })}
            </span>
          ) : null}
        </>
      ),
      badge: <Badge variant={STATE_BADGE[o.status]}>{t(`statuses.${o.status}`)}</Badge>,
      step: t(`${staff ? 'staffSteps' : 'applicantSteps'}.${o.nextStep}`, {
        date: date(o.dueDate),
        case: caseLabel,
        requirement,
      }),
      evidence: o.evidence ? (
        <a
          href={`/api/files/${o.evidence.fileId}`}
          target="_blank"
          rel="noopener noreferrer"
          className="mt-1 flex items-center gap-1 text-xs text-primary hover:underline"
        >
          <FileText className="size-3" aria-hidden />
          {t('evidenceFile', { name: o.evidence.name })}
        </a>
      ) : null,
    };
  });

  if (!staff) {
    return (
      <ul className="flex flex-col gap-3">
        {views.map((v) => (
          <li
            key={v.o.id}
            className={cn('flex flex-col gap-2 rounded-lg border bg-card p-4', v.o.late && 'border-destructive/50')}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="text-xs text-muted-foreground">
                  {t(`kinds.${v.o.kind}`)} · {v.caseLink}
                </p>
                <p className="font-medium">{v.requirement}</p>
              </div>
              {v.badge}
            </div>
            <p className="text-sm">
              <span className="text-muted-foreground">{t('dueLabel')}</span>
              {v.due}
            </p>
            <p className="text-sm">{v.step}</p>
            {v.evidence}
            {/* A promise is proven with a file here; a tolerated material is uploaded on its case. */}
            {v.o.kind === 'promise' && (v.o.nextStep === 'supplyEvidence' || v.o.nextStep === 'supplyOverdue') ? (
              <EvidenceUpload
                url={`/api/obligations/${v.o.id}/evidence`}
                label={t('evidenceLabel', { requirement: v.requirement })}
              />
            ) : null}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t('columns.enterprise')}</TableHead>
          <TableHead>{t('columns.case')}</TableHead>
          <TableHead>{t('columns.requirement')}</TableHead>
          <TableHead>{t('columns.dueDate')}</TableHead>
          <TableHead>{t('columns.state')}</TableHead>
          <TableHead>{t('columns.method')}</TableHead>
          <TableHead>{t('columns.next')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {views.map((v) => (
          <TableRow key={v.o.id}>
            {/* The enterprise opens its part of the ledger; the case, its page. */}
            <TableCell className="min-w-40">
              <Link href={`/dashboard/obligations?enterprise=${v.o.enterprise.id}`} className="hover:underline">
                {v.o.enterprise.name}
              </Link>
            </TableCell>
            <TableCell className="whitespace-nowrap">{v.caseLink}</TableCell>
            <TableCell className="min-w-48">
              <span className="block text-xs text-muted-foreground">{t(`kinds.${v.o.kind}`)}</span>
              {v.requirement}
              {v.evidence}
            </TableCell>
            <TableCell className="whitespace-nowrap">{v.due}</TableCell>
            <TableCell>{v.badge}</TableCell>
            <TableCell className="whitespace-nowrap">{t(`methods.${v.o.verificationMethod}`)}</TableCell>
            <TableCell className="min-w-56 text-sm">{v.step}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
