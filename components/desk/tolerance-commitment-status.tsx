import { ExternalLink, FileText } from 'lucide-react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CommitmentText } from '@/components/case/commitment-text';
import { EvidenceUpload } from '@/components/case/material-upload';
import { ActionButtonForm } from '@/components/case-desk/simple-action-form';
import type { CaseRef } from '@/components/case-desk/use-case-action';
import { COMMITMENT_SCAN_MAX_MB, type CommitmentView } from '@/lib/data/tolerance-commitments';

/**
 * The live tolerance commitment on the desk: its status and wording; while it waits for the
 * applicant, the upload of the scan signed at the counter; once signed, the acceptance.
 */
export async function ToleranceCommitmentStatus({
  commitment,
  caseRef,
  label,
}: {
  commitment: CommitmentView;
  caseRef: CaseRef;
  /** The acceptance's name, as on every other action. */
  label: string;
}) {
  const [t, format] = await Promise.all([getTranslations('desk.caseForms.tolerance'), getFormatter()]);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long' });
  return (
    <div className="flex flex-col gap-3 border-b pb-4">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-medium">{t('commitmentTitle')}</span>
        <span className={commitment.status === 'signed' ? 'text-success' : 'text-muted-foreground'}>
          {t(`status.${commitment.status}`)}
        </span>
        <span className="text-xs text-muted-foreground">{t('proposedOn', { date: day(commitment.proposedAt) })}</span>
      </p>
      <CommitmentText wording={commitment.wording} />
      {commitment.status === 'proposed' ? (
        <>
          <p className="text-sm text-muted-foreground">{t('awaiting')}</p>
          <p className="text-sm text-muted-foreground">{t('scanHint')}</p>
          <EvidenceUpload
            url={`/api/commitments/${encodeURIComponent(commitment.id)}/scan`}
            label={t('scanLabel')}
            maxSizeMb={COMMITMENT_SCAN_MAX_MB}
          />
        </>
      ) : (
        <>
          <p className="text-sm">
            {commitment.scan || !commitment.signerName
              ? t('signedAtCounter', { date: day(commitment.signedAt ?? commitment.proposedAt) })
              : t('signedOnline', { name: commitment.signerName, date: day(commitment.signedAt ?? commitment.proposedAt) })}
          </p>
          {commitment.scan && (
            <a
              href={`/api/files/${commitment.scan.fileId}`}
              target="_blank"
              rel="noopener noreferrer"
              className="inline-flex items-center gap-1 text-sm font-medium text-primary hover:underline"
            >
              <FileText className="size-4" aria-hidden />
              {t('scanLink', { name: commitment.scan.name })}
              <ExternalLink className="size-3" aria-hidden />
            </a>
          )}
          <p className="text-sm text-muted-foreground">{t('acceptHint')}</p>
          <ActionButtonForm caseRef={caseRef} transition="accept_with_tolerance" label={label} />
        </>
      )}
    </div>
  );
}
