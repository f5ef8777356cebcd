import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { CaseState } from '@/db/schema';

type Variant = 'default' | 'secondary' | 'outline' | 'destructive' | 'warning' | 'success';

// The applicant must act on needs_supplement; the end states read at a glance.
const VARIANTS: Record<CaseState, Variant> = {
  draft: 'outline',
  submitted: 'secondary',
  needs_supplement: 'warning',
  accepted: 'default',
  in_review: 'default',
  suspended: 'warning',
  approved: 'success',
  completed: 'success',
  refused: 'destructive',
  denied: 'destructive',
  withdrawn: 'outline',
  revoked: 'destructive',
};

export async function CaseStateBadge({ state }: { state: CaseState }) {
  const t = await getTranslations('common.caseStates');
  return <Badge variant={VARIANTS[state]}>{t(state)}</Badge>;
}
