import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { MessageSquareWarning } from 'lucide-react';
import { PageHeader } from '@/components/layout/page-header';
import { FollowUpSteps } from '@/components/ratings/follow-up-steps';
import { RatingStars } from '@/components/ratings/rating-stars';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { FactList } from '@/components/ui/fact-list';
import { guardPage } from '@/lib/auth/page-guard';
import { homePathFor } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { listFollowUps } from '@/lib/data/ratings';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { cn } from '@/lib/utils';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('ratings.followUps'))('title') };
}

/** Bad ratings' follow-ups (差评整改) for officers and managers: the open ones first, overdue ones in red. */
export default async function FollowUpsPage() {
  const viewer = await getViewer();
  const followUps = await guardPage(() => listFollowUps(viewer));
  const [t, ts, format, locale] = await Promise.all([
    getTranslations('ratings.followUps'),
    getTranslations('ratings.states'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const back =
    viewer.kind === 'user' && homePathFor(viewer.roles) !== '/dashboard'
      ? { href: '/desk', label: t('backToDesk') }
      : { href: '/dashboard', label: t('backToDashboard') };
  const open = followUps.filter((f) => f.state !== 'closed').length;
  const overdue = followUps.filter((f) => f.overdue).length;
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium' });
  const dateTime = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="flex flex-col gap-6">
      <PageHeader back={back} title={t('title')} intro={t('intro')} />
      <p className="flex flex-wrap items-center gap-2 text-sm" aria-live="polite">
        <span className="font-medium">{t('openCount', { count: open })}</span>
        <Badge variant="destructive">{t('overdueCount', { count: overdue })}</Badge>
      </p>
      {followUps.length === 0 ? (
        <EmptyState icon={MessageSquareWarning} title={t('empty.title')} body={t('empty.body')} />
      ) : (
        <ul className="flex flex-col gap-4">
          {followUps.map((f) => (
            <li
              key={f.id}
              data-testid="follow-up"
              className={cn(
                'flex flex-col gap-3 rounded-lg border bg-card p-4',
                f.overdue && 'border-destructive/60 bg-destructive/5',
              )}
            >
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <Link href={`/desk/cases/${f.caseId}`} className="font-mono text-sm text-primary hover:underline">
                  {f.number ?? '—'}
                </Link>
                <Badge variant={f.state === 'closed' ? 'secondary' : f.state === 'reopened' ? 'destructive' : 'outline'}>
                  {ts(f.state)}
                </Badge>
                {f.overdue ? <Badge variant="destructive">{t('overdue')}</Badge> : null}
              </div>
              <p className="font-medium break-words">{pickLanguage(f.title, locale)}</p>
              <p className="text-sm text-muted-foreground">{f.enterpriseName}</p>
              <RatingStars score={f.score} />
              {f.comment ? <blockquote className="border-l-2 pl-3 text-sm break-words">{f.comment}</blockquote> : null}
              <FactList
                rows={[
                  [
                    t('dueOn'),
                    <span key="due" className={cn(f.overdue && 'font-semibold text-destructive')}>
                      {date(f.dueOn)}
                    </span>,
                  ],
                  [t('owner'), f.ownerName ?? t('noOwner')],
                  ...(f.callbackAt ? [[t('callback'), `${dateTime(f.callbackAt)} · ${f.callbackNote ?? ''}`] as const] : []),
                  ...(f.rectification ? [[t('rectification'), f.rectification] as const] : []),
                  ...(f.result ? [[t('result'), f.result] as const] : []),
                  ...(f.repliedAt
                    ? [
                        [
                          t('reply'),
                          `${f.applicantSatisfied ? t('satisfied') : t('notSatisfied')}${f.applicantReply ? ` · ${f.applicantReply}` : ''}`,
                        ] as const,
                      ]
                    : []),
                ]}
              />
              <FollowUpSteps followUpId={f.id} version={f.version} offered={f.offered} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
