import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ProblemListItem } from '@/lib/data/problems';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/utils';
import { ProblemUrgencyBadge, urgencyTint } from './problem-urgency';

/** Problems as cards, each leading to its page under `hrefBase`; the enterprise's own list hides the enterprise. */
export async function ProblemList({
  problems,
  hrefBase,
  showEnterprise,
}: {
  problems: ProblemListItem[];
  hrefBase: '/my/problems' | '/desk/problems';
  showEnterprise: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations('problems'), getFormatter()]);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium' });
  return (
    <ul className="flex flex-col gap-3">
      {problems.map((p) => (
        <li
          key={p.id}
          data-testid="problem"
          className={cn('flex flex-col gap-2 rounded-lg border bg-card p-4', urgencyTint(p.urgency))}
        >
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`${hrefBase}/${p.id}`} className="font-semibold break-words text-primary hover:underline">
              {p.title}
            </Link>
            <Badge variant={p.state === 'confirmed' ? 'secondary' : 'outline'}>{t(`states.${p.state}`)}</Badge>
            <ProblemUrgencyBadge urgency={p.urgency} />
          </div>
          <p className="text-sm text-muted-foreground">
            {[
              t(`kinds.${p.kind}`),
              showEnterprise ? p.enterpriseName : null,
              t('list.officer', { name: p.officerName ?? t('unassigned') }),
              t('list.raised', { date: date(p.raisedAt) }),
              t('list.due', { date: date(p.dueOn) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
