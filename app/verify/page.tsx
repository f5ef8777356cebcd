import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ShieldCheck } from 'lucide-react';
import { LookupField } from '@/components/lookups/lookup-field';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { lookupErrors, verifyLookupSchema } from '@/lib/validation/lookups';

type Props = { searchParams: Promise<{ code?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('licences.verify');
  return { title: t('title') };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Public: type a credit code to verify a licence; a well-formed code opens /verify/{code}. */
export default async function VerifyLookupPage({ searchParams }: Props) {
  const raw = first((await searchParams).code);
  const [t, tv] = await Promise.all([getTranslations('licences.verify'), getTranslations('validation')]);
  let error: string | undefined;
  if (raw !== undefined) {
    const parsed = verifyLookupSchema.safeParse({ code: raw });
    if (parsed.success) redirect(`/verify/${encodeURIComponent(parsed.data.code)}`);
    const key = lookupErrors<'code'>(parsed.error).code;
    error = key ? tv(key) : undefined;
  }
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-muted-foreground">{t('lookup.description')}</p>
      </div>
      <Card>
        <CardContent className="pt-5">
          <form action="/verify" method="get" noValidate className="flex flex-col gap-4 sm:flex-row sm:items-start">
            <div className="flex-1">
              <LookupField
                name="code"
                label={t('lookup.code')}
                hint={t('lookup.codeHint')}
                defaultValue={raw?.slice(0, 60)}
                error={error}
                className="font-mono uppercase"
              />
            </div>
            <Button type="submit" className="sm:mt-6">
              <ShieldCheck aria-hidden />
              {t('lookup.submit')}
            </Button>
          </form>
        </CardContent>
      </Card>
      <p className="text-sm text-muted-foreground">{t('privacy')}</p>
    </div>
  );
}
