import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FileText } from 'lucide-react';
import { EvidenceUpload } from '@/components/case/material-upload';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ObligationRow } from '@/lib/data/obligations';
import type { ObligationState } from '@/lib/domain/obligation-states';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

const STATE_BADGE: Record<ObligationState, 'default' | 'secondary' | 'outline' | 'destructive' | 'warning' | 'success'> = {
  open: 'outline',
  extended: 'warning',
  fulfilled: 'secondary',
  verified: 'success',
  waived: 'secondary',
  breached: 'destructive',
};

/**
 * Rows of the obligations ledger, for the enterprise (`applicant`: what to do next, on which case)
 * or for staff (`staff`: which enterprise, how it is verified, what the staff do next). The case
 * links to its one address, which opens the applicant's or the desk's page.
 */
export async function ObligationsTable({ rows, audience }: { rows: ObligationRow[]; audience: 'applicant' | 'staff' }) {
  const [t, format, locale] = await Promise.all([getTranslations('obligations'), getFormatter(), getLocale() as Promise<Locale>]);
  const date = (iso: string) =>
    format.dateTime(new Date(`${iso}T00:00:00+08:00`), { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });
  const staff = audience === 'staff';
  return (
    <Table>
      <TableHeader>
        <TableRow>
          {staff && <TableHead>{t('columns.enterprise')}</TableHead>}
          <TableHead>{t('columns.case')}</TableHead>
          <TableHead>{t('columns.requirement')}</TableHead>
          <TableHead>{t('columns.dueDate')}</TableHead>
          <TableHead>{t('columns.state')}</TableHead>
          {staff && <TableHead>{t('columns.method')}</TableHead>}
          <TableHead>{t('columns.next')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((o) => {
          const requirement = o.material ? pickLanguage(o.material, locale) : o.requirement;
          const caseLabel = o.case.number ?? t('noNumber');
          const owed = o.status === 'open' || o.status === 'extended' || o.status === 'breached';
          const step = t(`${staff ? 'staffSteps' : 'applicantSteps'}.${o.nextStep}`, {
            date: date(o.dueDate),
            case: caseLabel,
            requirement,
          });
          return (
            <TableRow key={o.id}>
              {staff && (
                // The enterprise opens its part of the ledger; the case, its page.
                <TableCell className="min-w-40">
                  <Link href={`/dashboard/obligations?enterprise=${o.enterprise.id}`} className="hover:underline">
                    {o.enterprise.name}
                  </Link>
                </TableCell>
              )}
              <TableCell className="font-mono text-xs whitespace-nowrap">
                <Link href={`/cases/${o.case.id}`} className="text-primary hover:underline">
                  {caseLabel}
                </Link>
              </TableCell>
              <TableCell className="min-w-48">
                <span className="block text-xs text-muted-foreground">{t(`kinds.${o.kind}`)}</span>
                {requirement}
                {o.evidence ? (
                  <a
                    href={`/api/files/${o.evidence.fileId}`}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="mt-1 flex items-center gap-1 text-xs text-primary hover:underline"
                  >
                    <FileText className="size-3" aria-hidden />
                    {t('evidenceFile', { name: o.evidence.name })}
                  </a>
                ) : null}
              </TableCell>
              <TableCell className="whitespace-nowrap">
                <time dateTime={o.dueDate}>{date(o.dueDate)}</time>
                {owed ? (
                  <span className={o.late ? 'block text-xs text-destructive' : 'block text-xs text-muted-foreground'}>
                    {o.workingDaysLeft < 0
                      ? t('daysOverdue', { days: -o.workingDaysLeft })
                      : t('daysLeft', { days: o.workingDaysLeft })}
                  </span>
                ) : null}
              </TableCell>
              <TableCell>
                <Badge variant={STATE_BADGE[o.status]}>{t(`statuses.${o.status}`)}</Badge>
              </TableCell>
              {staff && <TableCell className="whitespace-nowrap">{t(`methods.${o.verificationMethod}`)}</TableCell>}
              <TableCell className="min-w-56 text-sm">
                {step}
                {/* A promise is proven with a file here; a tolerated material is uploaded on its case. */}
                {!staff && o.kind === 'promise' && (o.nextStep === 'supplyEvidence' || o.nextStep === 'supplyOverdue') ? (
                  <div className="mt-2">
                    <EvidenceUpload url={`/api/obligations/${o.id}/evidence`} requirement={requirement} />
                  </div>
                ) : null}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
