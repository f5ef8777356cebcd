import { Check, X } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import type { StepStatus, TrackingProgress } from '@/lib/domain/case-tracking';
import { cn } from '@/lib/utils';

const CIRCLE: Record<StepStatus, string> = {
  done: 'border-primary bg-primary text-primary-foreground',
  current: 'border-primary bg-card text-primary ring-4 ring-primary/20',
  stopped: 'border-destructive bg-destructive text-destructive-foreground',
  upcoming: 'border-border bg-card text-muted-foreground',
  skipped: 'border-dashed border-border bg-card text-muted-foreground',
};

/** The public progress indicator: 提交 → 受理 → 审查 → 办结, or where the case ended. */
export async function TrackingSteps({ progress }: { progress: TrackingProgress }) {
  const t = await getTranslations('notices.track');
  return (
    <ol className="flex items-start">
      {progress.steps.map(({ step, status }, i) => {
        const label = status === 'stopped' && progress.end ? t(`ends.${progress.end}`) : t(`steps.${step}`);
        const reached = status === 'done' || status === 'current' || status === 'stopped';
        return (
          <li
            key={step}
            aria-current={status === 'current' ? 'step' : undefined}
            className="relative flex flex-1 flex-col items-center gap-2 text-center"
          >
            {i > 0 ? (
              <span aria-hidden className={cn('absolute top-4 right-1/2 h-0.5 w-full', reached ? 'bg-primary' : 'bg-border')} />
            ) : null}
            <span
              aria-hidden
              className={cn(
                'relative z-10 flex size-8 items-center justify-center rounded-full border-2 text-sm font-semibold',
                CIRCLE[status],
              )}
            >
              {status === 'done' ? <Check className="size-4" /> : status === 'stopped' ? <X className="size-4" /> : i + 1}
            </span>
            <span
              className={cn(
                'text-sm',
                status === 'current' && 'font-semibold text-primary',
                status === 'stopped' && 'font-semibold text-destructive',
                (status === 'upcoming' || status === 'skipped') && 'text-muted-foreground',
              )}
            >
              {label}
              <span className="sr-only"> {t(`stepStatus.${status}`)}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
