import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { sameOriginPath } from '@/lib/auth/redirect';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.signIn'))('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [{ callbackUrl }, t] = await Promise.all([searchParams, getTranslations('auth.signIn')]);
  // Auth.js passes an absolute callback URL; keep only its path so we never redirect off-site.
  const path = sameOriginPath(callbackUrl) ?? undefined;
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <CardHeader>
          <CardTitle>
            <h1>{t('title')}</h1>
          </CardTitle>
          <CardDescription>{t('description')}</CardDescription>
        </CardHeader>
        <CardContent>
          <SignInForm callbackUrl={path} />
        </CardContent>
      </Card>
    </div>
  );
}
