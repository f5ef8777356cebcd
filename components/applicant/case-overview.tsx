import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FactList } from '@/components/ui/fact-list';
import type { CaseDetail } from '@/lib/data/case-detail';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { CaseStateBadge } from './case-state-badge';

/** Who, what and when of a case, as a definition list that stacks on a phone. */
export async function CaseOverview({ detail }: { detail: CaseDetail }) {
  const [t, format, locale] = await Promise.all([
    getTranslations('applicant.caseView'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const when = (iso: string | null) =>
    iso ? (
      <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' })}</time>
    ) : (
      t('overview.none')
    );
  const rows: [string, React.ReactNode][] = [
    [
      t('overview.number'),
      <span key="number" className="font-mono">
        {detail.number ?? t('draftNumber')}
      </span>,
    ],
    [t('overview.state'), <CaseStateBadge key="state" state={detail.state} />],
    [
      t('overview.service'),
      <Link key="service" href={`/services/${detail.service.code}`} className="text-primary hover:underline">
        {pickLanguage(detail.service.name, locale)}
      </Link>,
    ],
    [t('overview.enterprise'), detail.enterprise.name],
    ...(detail.project
      ? ([
          [
            t('overview.project'),
            <Link key="project" href={`/projects/${detail.project.id}`} className="text-primary hover:underline">
              {detail.project.name}
            </Link>,
          ],
        ] as [string, React.ReactNode][])
      : []),
    [t('overview.applicant'), detail.applicantName ?? t('overview.none')],
    [t('overview.department'), detail.department ? pickLanguage(detail.department, locale) : t('overview.none')],
    [t('overview.submittedAt'), when(detail.submittedAt)],
    [t('overview.acceptedAt'), when(detail.acceptedAt)],
    [t('overview.decidedAt'), when(detail.decidedAt)],
    [t('overview.completedAt'), when(detail.completedAt)],
  ];
  return (
    <section aria-labelledby="case-overview" className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <h2 id="case-overview" className="font-semibold">
        {t('overview.heading')}
      </h2>
      <FactList rows={rows} />
    </section>
  );
}
