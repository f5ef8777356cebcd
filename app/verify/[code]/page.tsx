import type { Metadata } from 'next';
import { CircleCheck, CircleX, TriangleAlert } from 'lucide-react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { LicenceFacts, STATUS_VARIANT } from '@/components/licences/licence-facts';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader } from '@/components/ui/card';
import { getPublicLicence } from '@/lib/data/licences';
import { isValidCreditCode, normaliseCreditCode } from '@/lib/domain/credit-code';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('licences.verify');
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** Longest input echoed back on the "not a code" page. */
const MAX_ECHO = 40;

/**
 * The public verification page a licence's QR code opens: no sign-in. A malformed code is said
 * to be one before the database is asked; an unknown code gets a clear "not issued here".
 */
export default async function VerifyLicencePage({ params }: Props) {
  const { code: raw } = await params;
  const input = raw.slice(0, MAX_ECHO);
  const [t, ts, format] = await Promise.all([
    getTranslations('licences.verify'),
    getTranslations('licences.status'),
    getFormatter(),
  ]);
  const wellFormed = isValidCreditCode(input);
  const licence = wellFormed ? await getPublicLicence(input) : null;

  const header = (
    <div className="flex flex-col gap-1">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-muted-foreground">{t('description')}</p>
    </div>
  );

  if (!licence) {
    const code = wellFormed ? normaliseCreditCode(input) : input;
    return (
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        {header}
        <div role="alert" className="flex gap-3 rounded-lg border border-destructive bg-destructive/10 p-4">
          <CircleX className="mt-0.5 size-6 shrink-0 text-destructive" aria-hidden />
          <div className="flex flex-col gap-1">
            <h2 className="text-lg font-semibold">{wellFormed ? t('notFoundTitle') : t('malformedTitle')}</h2>
            <p className="text-sm">{wellFormed ? t('notFoundBody', { code }) : t('malformedBody', { code })}</p>
          </div>
        </div>
      </div>
    );
  }

  const valid = licence.status === 'valid';
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      {header}
      <div
        role="status"
        className={`flex gap-3 rounded-lg border p-4 ${valid ? 'border-success bg-success/10' : 'border-warning bg-warning/15'}`}
      >
        {valid ? (
          <CircleCheck className="mt-0.5 size-6 shrink-0 text-success" aria-hidden />
        ) : (
          <TriangleAlert className="mt-0.5 size-6 shrink-0" aria-hidden />
        )}
        <div className="flex flex-col gap-1">
          <p className="font-semibold">{t('genuine')}</p>
          <p className="text-sm">{t(`verdict.${licence.status}`)}</p>
        </div>
      </div>
      <Card>
        <CardHeader>
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="text-lg font-semibold">{licence.name}</h2>
            <Badge variant={STATUS_VARIANT[licence.status]}>{ts(licence.status)}</Badge>
          </div>
          <CardDescription>
            {t('statusSince', {
              date: format.dateTime(new Date(licence.statusChangedAt), { dateStyle: 'long', timeStyle: 'short' }),
            })}
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          <h3 className="text-sm font-medium">{t('shows')}</h3>
          <LicenceFacts licence={licence} />
        </CardContent>
      </Card>
      <p className="text-sm text-muted-foreground">{t('privacy')}</p>
    </div>
  );
}
