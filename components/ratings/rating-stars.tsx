import { getTranslations } from 'next-intl/server';
import { Star } from 'lucide-react';
import { cn } from '@/lib/utils';

/** A score as five stars with its level in words (the words carry it; the stars only echo them). */
export async function RatingStars({ score, className }: { score: number; className?: string }) {
  const t = await getTranslations('ratings.levels');
  return (
    <span className={cn('inline-flex flex-wrap items-center gap-2', className)}>
      <span aria-hidden className="inline-flex">
        {[1, 2, 3, 4, 5].map((n) => (
          <Star key={n} className={cn('size-4', n <= score ? 'fill-amber-400 text-amber-500' : 'text-muted-foreground/40')} />
        ))}
      </span>
      <span className="text-sm font-medium">{t(String(score))}</span>
    </span>
  );
}
