import type { Metadata } from 'next';
import { CircleCheck, CircleX, TriangleAlert } from 'lucide-react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { LicenceFacts, STATUS_VARIANT } from '@/components/licences/licence-facts';
import { PermitFacts } from '@/components/licences/permit-facts';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader } from '@/components/ui/card';
import { getPublicLicence } from '@/lib/data/licences';
import { getPublicPermit } from '@/lib/data/permits';
import { isValidCreditCode, normaliseCreditCode } from '@/lib/domain/credit-code';
import { parsePermitNumber } from '@/lib/domain/permits';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('licences.verify');
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** Longest input echoed back on the "not a code" page. */
const MAX_ECHO = 40;

/**
 * The public verification page a licence's or a permit's QR code opens: no sign-in. A permit
 * number is recognised first (credit codes issued here never have its form); a malformed code
 * is said to be one before the database is asked; an unknown one gets a clear "not issued here".
 */
export default async function VerifyPage({ params }: Props) {
  const { code: raw } = await params;
  const input = raw.slice(0, MAX_ECHO);
  const [t, ts, format] = await Promise.all([
    getTranslations('licences.verify'),
    getTranslations('licences.status'),
    getFormatter(),
  ]);
  const permitNumber = parsePermitNumber(input)?.number;
  const creditCode = !permitNumber && isValidCreditCode(input) ? normaliseCreditCode(input) : undefined;
  const [permit, licence] = await Promise.all([
    permitNumber ? getPublicPermit(permitNumber) : null,
    creditCode ? getPublicLicence(creditCode) : null,
  ]);

  const header = (
    <div className="flex flex-col gap-1">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-muted-foreground">{t('description')}</p>
    </div>
  );

  const found = permit
    ? { status: permit.status, statusChangedAt: permit.statusChangedAt, title: permit.holderName, reason: permit.statusReason }
    : licence
      ? { status: licence.status, statusChangedAt: licence.statusChangedAt, title: licence.name, reason: null }
      : null;

  if (!found) {
    const wellFormed = !!(permitNumber ?? creditCode);
    const code = permitNumber ?? creditCode ?? input;
    return (
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        {header}
        <div role="alert" className="flex gap-3 rounded-lg border border-destructive bg-destructive/10 p-4">
          <CircleX className="mt-0.5 size-6 shrink-0 text-destructive" aria-hidden />
          <div className="flex flex-col gap-1">
            <h2 className="text-lg font-semibold">{wellFormed ? t('notFoundTitle') : t('malformedTitle')}</h2>
            <p className="text-sm">
              {permitNumber
                ? t('permitNotFoundBody', { code })
                : wellFormed
                  ? t('notFoundBody', { code })
                  : t('malformedBody', { code })}
            </p>
          </div>
        </div>
      </div>
    );
  }

  const valid = found.status === 'valid';
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
          <p className="text-sm">{t(`verdict.${found.status}`)}</p>
          {found.reason ? <p className="text-sm">{t('statusReason', { reason: found.reason })}</p> : null}
        </div>
      </div>
      <Card>
        <CardHeader>
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="text-lg font-semibold">{found.title}</h2>
            <Badge variant={STATUS_VARIANT[found.status]}>{ts(found.status)}</Badge>
          </div>
          <CardDescription>
            {t('statusSince', {
              date: format.dateTime(new Date(found.statusChangedAt), { dateStyle: 'long', timeStyle: 'short' }),
            })}
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          <h3 className="text-sm font-medium">{t('shows')}</h3>
          {permit ? <PermitFacts permit={permit} /> : licence ? <LicenceFacts licence={licence} /> : null}
        </CardContent>
      </Card>
      <p className="text-sm text-muted-foreground">{t('privacy')}</p>
    </div>
  );
}
