import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FileText } from 'lucide-react';
import type { CaseDetail } from '@/lib/data/case-detail';
import { NOTICE_KINDS, noticeApplies, noticeFactsOf } from '@/lib/domain/notices';

/** The printable notices (文书) this case has: those the print route serves (`noticeApplies`). */
export async function CaseNotices({ detail }: { detail: CaseDetail }) {
  const t = await getTranslations('applicant.caseView.notices');
  const facts = noticeFactsOf(detail);
  const issued = (kind: string) => detail.documents.some((d) => d.kind === kind);
  const kinds = detail.number ? NOTICE_KINDS.filter((kind) => noticeApplies(kind, facts) && issued(kind)) : [];
  return (
    <section aria-labelledby="case-notices" className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <h2 id="case-notices" className="font-semibold">
        {t('heading')}
      </h2>
      {kinds.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t('none')}</p>
      ) : (
        <>
          <p className="text-sm text-muted-foreground">{t('intro')}</p>
          <ul className="flex flex-col gap-2 text-sm">
            {kinds.map((kind) => (
              <li key={kind}>
                <Link
                  href={`/cases/${detail.id}/notices/${kind}`}
                  className="inline-flex items-center gap-1.5 text-primary hover:underline"
                >
                  <FileText className="size-4" aria-hidden />
                  {t(kind)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
