import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';

const VARIANT = { pending: 'secondary', sent: 'outline', failed: 'destructive' } as const;

export async function MailStateBadge({ state }: { state: 'pending' | 'sent' | 'failed' }) {
  const t = await getTranslations('mail.mailbox.states');
  return <Badge variant={VARIANT[state]}>{t(state)}</Badge>;
}
