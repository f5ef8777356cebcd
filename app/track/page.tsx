import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Search } from 'lucide-react';
import { LookupField } from '@/components/lookups/lookup-field';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { getPublicCaseStatus } from '@/lib/data/case-tracking';
import { lookupErrors, trackLookupSchema } from '@/lib/validation/lookups';

type Props = { searchParams: Promise<{ number?: string | string[]; code?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notices.track.lookup');
  // A submitted form puts the query code in the address: keep it out of Referer headers.
  return { title: t('title'), referrer: 'no-referrer' };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * Public: the case number and the query code printed on a notice open the case's progress page,
 * the same page the notice's QR code opens (the code is its only authorization).
 */
export default async function TrackLookupPage({ searchParams }: Props) {
  const query = await searchParams;
  const raw = { number: first(query.number), code: first(query.code) };
  const [t, tv] = await Promise.all([getTranslations('notices.track.lookup'), getTranslations('validation')]);
  let errors: { number?: string; code?: string } = {};
  let notFound = false;
  if (raw.number !== undefined || raw.code !== undefined) {
    const parsed = trackLookupSchema.safeParse(raw);
    if (parsed.success) {
      const { number, code } = parsed.data;
      // An unknown number and a wrong code get the same answer, as on the progress page.
      if (await getPublicCaseStatus(number, code)) redirect(`/track/${encodeURIComponent(number)}?k=${code}`);
      notFound = true;
    } else {
      errors = Object.fromEntries(
        Object.entries(lookupErrors<'number' | 'code'>(parsed.error)).map(([field, key]) => [field, tv(key!)]),
      );
    }
  }
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-muted-foreground">{t('description')}</p>
      </div>
      <Card>
        <CardContent className="flex flex-col gap-4 pt-5">
          {notFound ? (
            <p role="alert" className="rounded-md border border-destructive bg-destructive/10 p-3 text-sm">
              {t('notFound')}
            </p>
          ) : null}
          <form action="/track" method="get" noValidate className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
            <LookupField
              name="number"
              label={t('number')}
              hint={t('numberHint')}
              defaultValue={raw.number?.slice(0, 60)}
              error={errors.number}
              className="font-mono uppercase"
            />
            <LookupField
              name="code"
              label={t('code')}
              hint={t('codeHint')}
              defaultValue={raw.code?.slice(0, 60)}
              error={errors.code}
              className="font-mono"
            />
            <Button type="submit" className="sm:mt-6">
              <Search aria-hidden />
              {t('submit')}
            </Button>
          </form>
        </CardContent>
      </Card>
      <p className="text-sm text-muted-foreground">{t('signedIn')}</p>
    </div>
  );
}
