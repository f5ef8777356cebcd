import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CaseStateBadge } from '@/components/applicant/case-state-badge';
import { Badge } from '@/components/ui/badge';
import type { CaseDetail } from '@/lib/data/case-detail';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

/** Who and what the case is: number, title, state, service version, enterprise, department, people. */
export async function CaseHeader({ detail }: { detail: CaseDetail }) {
  const [t, ts, format, locale] = await Promise.all([
    getTranslations('desk.case.header'),
    getTranslations('common.caseStates'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const when = (iso: string | null) =>
    iso ? <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' })}</time> : t('notYet');
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <p className="font-mono text-sm text-muted-foreground">
          <span className="sr-only">{t('number')} </span>
          {detail.number ?? '—'}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold break-words">{pickLanguage(detail.title, locale)}</h1>
          <CaseStateBadge state={detail.state} />
          {detail.state === 'suspended' && detail.suspendedFrom && (
            <span className="text-sm text-muted-foreground">{t('suspendedFrom', { state: ts(detail.suspendedFrom) })}</span>
          )}
        </div>
      </div>
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border bg-card p-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <div className="flex flex-col gap-0.5">
          <dt className="text-muted-foreground">{t('service')}</dt>
          <dd className="font-medium">
            {pickLanguage(detail.service.name, locale)}{' '}
            <span className="font-normal text-muted-foreground">
              {detail.service.code} · {t('serviceVersion', { version: detail.service.version })}
            </span>
          </dd>
        </div>
        <div className="flex flex-col gap-0.5">
          <dt className="text-muted-foreground">{t('enterprise')}</dt>
          <dd className="flex flex-col gap-1">
            <span className="font-medium">{detail.enterprise.name}</span>
            {detail.enterprise.creditCode && (
              <span className="font-mono text-xs text-muted-foreground">
                {t('creditCode', { code: detail.enterprise.creditCode })}
              </span>
            )}
            {detail.enterprise.discredited && (
              <Badge variant="destructive" className="self-start">
                {t('discredited')}
              </Badge>
            )}
          </dd>
        </div>
        {detail.project && (
          <div className="flex flex-col gap-0.5">
            <dt className="text-muted-foreground">{t('project')}</dt>
            <dd className="flex flex-col gap-0.5">
              <Link href={`/projects/${detail.project.id}`} className="font-medium text-primary hover:underline">
                {detail.project.name}
              </Link>
              <span className="font-mono text-xs text-muted-foreground">{detail.project.code}</span>
            </dd>
          </div>
        )}
        <div className="flex flex-col gap-0.5">
          <dt className="text-muted-foreground">{t('department')}</dt>
          <dd className="font-medium">{detail.department ? pickLanguage(detail.department, locale) : t('noDepartment')}</dd>
        </div>
        <div className="flex flex-col gap-0.5">
          <dt className="text-muted-foreground">{t('applicant')}</dt>
          <dd className="font-medium">{detail.applicantName ?? '—'}</dd>
        </div>
        <div className="flex flex-col gap-0.5">
          <dt className="text-muted-foreground">{t('assignee')}</dt>
          <dd className="font-medium">
            {detail.assignee?.name ?? <span className="font-normal text-muted-foreground">{t('unassigned')}</span>}
          </dd>
        </div>
        <div className="flex flex-col gap-0.5">
          <dt className="text-muted-foreground">{t('submittedAt')}</dt>
          <dd>{when(detail.submittedAt)}</dd>
        </div>
        <div className="flex flex-col gap-0.5">
          <dt className="text-muted-foreground">{t('acceptedAt')}</dt>
          <dd>{when(detail.acceptedAt)}</dd>
        </div>
      </dl>
    </div>
  );
}
