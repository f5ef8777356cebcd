import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { ProblemUrgency } from '@/lib/domain/problems';

/** Overdue in red, due within two working days in yellow; said in words, not colour alone. */
export async function ProblemUrgencyBadge({ urgency }: { urgency: ProblemUrgency }) {
  const t = await getTranslations('problems.urgency');
  if (urgency === 'overdue') return <Badge variant="destructive">{t('overdue')}</Badge>;
  if (urgency === 'dueSoon') return <Badge variant="warning">{t('dueSoon')}</Badge>;
  return null;
}

/** The row tint of a problem by its urgency. */
export const urgencyTint = (urgency: ProblemUrgency) =>
  urgency === 'overdue' ? 'border-destructive/60 bg-destructive/5' : urgency === 'dueSoon' ? 'border-warning bg-warning/10' : '';
