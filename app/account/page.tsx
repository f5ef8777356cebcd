import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MailPreferenceForm } from '@/components/account/mail-preference-form';
import { PageHeader } from '@/components/layout/page-header';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { FactList } from '@/components/ui/fact-list';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getAccountSettings } from '@/lib/data/account-settings';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mail.settings'))('title') };
}

/** Any signed-in user's own settings: for now, whether non-essential e-mail reaches them. */
export default async function AccountPage() {
  const viewer = await getViewer();
  const account = await guardPage(() => getAccountSettings(viewer));
  const t = await getTranslations('mail.settings');
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <PageHeader title={t('title')} intro={t('intro')} />
      <Card>
        <CardHeader>
          <CardTitle>{t('account')}</CardTitle>
        </CardHeader>
        <CardContent>
          <FactList
            rows={[
              [t('name'), account.name],
              [t('email'), account.email],
            ]}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t('mailTitle')}</CardTitle>
          <CardDescription>{t('mailBody')}</CardDescription>
        </CardHeader>
        <CardContent>
          <MailPreferenceForm emailOptional={account.emailOptional} />
        </CardContent>
      </Card>
    </div>
  );
}
