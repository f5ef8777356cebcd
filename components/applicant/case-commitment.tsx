import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { CommitmentText } from '@/components/case/commitment-text';
import type { CaseDetail } from '@/lib/data/case-detail';
import { zoneDayStart } from '@/lib/domain/clock';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { CommitmentSignForm } from './commitment-sign-form';

/**
 * The tolerance commitment (容缺受理承诺书) the window proposed: the materials and their due
 * dates, the wording in the reader's language, and the signature — to give while the case waits
 * at the window, or as given ("signed on …").
 */
export async function CaseCommitment({ detail }: { detail: CaseDetail }) {
  const commitment = detail.commitment;
  if (!commitment) return null;
  const [t, format, locale] = await Promise.all([
    getTranslations('applicant.commitment'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long' });
  const signedOn = commitment.signedAt ?? commitment.proposedAt;
  const toSign = commitment.status === 'proposed' && detail.state === 'submitted';
  return (
    <section
      aria-labelledby="case-commitment"
      className={`flex flex-col gap-3 rounded-lg border bg-card p-4 ${toSign ? 'border-2 border-primary/40' : ''}`}
    >
      <h2 id="case-commitment" className="text-lg font-semibold">
        {t('title')}
      </h2>
      {toSign && <p className="text-sm">{t('intro')}</p>}
      <div className="flex flex-col gap-1">
        <h3 className="text-sm font-medium">{t('materials')}</h3>
        <ul className="list-disc pl-5 text-sm">
          {commitment.items.map((item) => (
            <li key={item.materialCode}>
              {pickLanguage(item.requirement, locale)} ·{' '}
              {t('due', { date: format.dateTime(zoneDayStart(item.dueDate), { dateStyle: 'long' }) })}
            </li>
          ))}
        </ul>
      </div>
      <CommitmentText wording={commitment.wording} />
      {toSign ? (
        <CommitmentSignForm caseId={detail.id} commitmentId={commitment.id} />
      ) : commitment.status !== 'proposed' ? (
        <p role="status" className="text-sm">
          {commitment.signerName
            ? t('signed', { name: commitment.signerName, date: day(signedOn) })
            : t('signedAtCounter', { date: day(signedOn) })}{' '}
          {commitment.status === 'accepted' ? t('accepted') : t('waiting')}
        </p>
      ) : null}
    </section>
  );
}
