import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { ClockStatus } from '@/lib/data/cases';

const VARIANTS = { red: 'destructive', yellow: 'warning', green: 'success', none: 'outline' } as const;

/** The queue's red / yellow / green flag for the date the desk works against. */
export async function ClockBadge({ clock }: { clock: ClockStatus }) {
  const t = await getTranslations('desk.queue.clock');
  return <Badge variant={VARIANTS[clock]}>{t(clock)}</Badge>;
}
