import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { CaseStateBadge } from '@/components/applicant/case-state-badge';
import { TrackingSteps } from '@/components/notices/tracking-steps';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader } from '@/components/ui/card';
import { getPublicCaseStatus } from '@/lib/data/case-tracking';
import { trackingProgress } from '@/lib/domain/case-tracking';
import { zoneDayStart } from '@/lib/domain/clock';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

type Props = { params: Promise<{ number: string }>; searchParams: Promise<{ k?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notices.track');
  // The code in the address is the key to this page: keep it out of indexes and Referer headers.
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** The public progress page a notice's QR code opens; the `k` code is its only authorization. */
export default async function TrackCasePage({ params, searchParams }: Props) {
  const [{ number }, { k }] = await Promise.all([params, searchParams]);
  const code = Array.isArray(k) ? k[0] : k;
  const status = code ? await getPublicCaseStatus(number, code) : null;
  if (!status) notFound();

  const [t, format, locale] = await Promise.all([
    getTranslations('notices.track'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const progress = trackingProgress(status.state, status.acceptedAt !== null);
  const when = (iso: string | null) =>
    iso ? <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: 'long', timeStyle: 'short' })}</time> : t('notYet');
  // The promised date matters while the case is open and accepted; once it ended, the dates say enough.
  const deadline = !progress.end && status.state !== 'completed' ? status.serviceDeadline : null;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-muted-foreground">{t('description')}</p>
      </div>

      <Card>
        <CardHeader>
          <h2 className="text-lg font-semibold">{pickLanguage(status.service, locale)}</h2>
          <CardDescription className="font-mono">{status.number}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          <section aria-labelledby="progress-heading" className="flex flex-col gap-4">
            <h3 id="progress-heading" className="sr-only">
              {t('progress')}
            </h3>
            <TrackingSteps progress={progress} />
            {progress.hold ? (
              <p role="status" className="rounded-md border border-warning bg-warning/15 p-3 text-sm">
                {t(`holds.${progress.hold}`)}
              </p>
            ) : null}
            {progress.end ? <p className="rounded-md border bg-muted p-3 text-sm">{t(`endNotes.${progress.end}`)}</p> : null}
          </section>

          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
            <div className="flex flex-col gap-0.5">
              <dt className="text-muted-foreground">{t('facts.number')}</dt>
              <dd className="font-mono">{status.number}</dd>
            </div>
            <div className="flex flex-col items-start gap-0.5">
              <dt className="text-muted-foreground">{t('facts.state')}</dt>
              <dd>
                <CaseStateBadge state={status.state} />
              </dd>
            </div>
            <div className="flex flex-col gap-0.5">
              <dt className="text-muted-foreground">{t('facts.submitted')}</dt>
              <dd>{when(status.submittedAt)}</dd>
            </div>
            <div className="flex flex-col gap-0.5">
              <dt className="text-muted-foreground">{t('facts.accepted')}</dt>
              <dd>{when(status.acceptedAt)}</dd>
            </div>
            {deadline ? (
              <div className="flex flex-col gap-0.5">
                <dt className="text-muted-foreground">{t('facts.deadline')}</dt>
                <dd>
                  <time dateTime={deadline}>{format.dateTime(zoneDayStart(deadline), { dateStyle: 'long' })}</time>
                </dd>
              </div>
            ) : null}
            {status.completedAt ? (
              <div className="flex flex-col gap-0.5">
                <dt className="text-muted-foreground">{t('facts.completed')}</dt>
                <dd>{when(status.completedAt)}</dd>
              </div>
            ) : null}
          </dl>
        </CardContent>
      </Card>

      <div className="flex flex-col items-start gap-3 text-sm text-muted-foreground">
        <p>{t('privacy')}</p>
        <Button asChild variant="outline">
          <Link href="/my">{t('myCases')}</Link>
        </Button>
      </div>
    </div>
  );
}
