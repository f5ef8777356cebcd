import { getFormatter, getTranslations } from 'next-intl/server';
import { FileText } from 'lucide-react';
import { EvidenceUpload } from '@/components/case/material-upload';
import { Badge } from '@/components/ui/badge';
import type { CreditRecordView } from '@/lib/data/credit-records';
import { ClearCreditForm } from './credit-forms';

/**
 * An enterprise's credit records (失信记录, DESIGN §4) for staff: each with its reason, case,
 * who recorded it and, once cleared, why and on what evidence; a manager clears an active one here.
 */
export async function CreditRecords({
  records,
  showEnterprise = false,
  canClear,
}: {
  records: CreditRecordView[];
  showEnterprise?: boolean;
  canClear: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations('dashboard.credit'), getFormatter()]);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="flex flex-col gap-4">
      {records.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t('none')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {records.map((r) => (
            <li key={r.id} className="flex flex-col gap-2 rounded-md border p-3 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <Badge variant={r.clearedAt ? 'secondary' : 'destructive'}>{r.clearedAt ? t('cleared') : t('active')}</Badge>
                {showEnterprise && <span className="font-medium">{r.enterpriseName}</span>}
                <span>{r.reason}</span>
              </p>
              <p className="text-muted-foreground">
                {t('recorded', { date: when(r.recordedAt), name: r.recordedByName ?? t('system') })}
                {r.caseNumber && ` · ${t('case', { number: r.caseNumber })}`}
              </p>
              {r.clearedAt && (
                <p className="text-muted-foreground">
                  {t('clearedBy', { date: when(r.clearedAt), name: r.clearedByName ?? t('system') })} ·{' '}
                  {t('clearingReason', { text: r.clearingReason ?? '' })} · {t('evidence', { text: r.clearingEvidence ?? '' })}
                </p>
              )}
              {r.clearingEvidenceFile && (
                <a
                  href={`/api/files/${r.clearingEvidenceFile.id}`}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="flex items-center gap-1 text-primary hover:underline"
                >
                  <FileText className="size-4" aria-hidden />
                  {t('evidenceFile', { name: r.clearingEvidenceFile.name })}
                </a>
              )}
              {!r.clearedAt && canClear && (
                <>
                  <EvidenceUpload url={`/api/credit-records/${r.id}/evidence`} label={t('evidenceUpload')} />
                  <ClearCreditForm recordId={r.id} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
