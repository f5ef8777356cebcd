import { getFormatter, getTranslations } from 'next-intl/server';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { PeriodCounts } from '@/lib/data/cases';
import { cn } from '@/lib/utils';

const MEASURES = ['received', 'accepted', 'completed'] as const;

export async function PeriodCard({ title, hint, counts }: { title: string; hint: string; counts: PeriodCounts }) {
  const [t, format] = await Promise.all([getTranslations('dashboard.measures'), getFormatter()]);
  return (
    <Card>
      <CardHeader className="pb-3">
        <CardTitle>
          <h2 className="text-base">{title}</h2>
        </CardTitle>
        <CardDescription>{hint}</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-3 gap-2 text-center">
          {MEASURES.map((m) => (
            <div key={m} className="rounded-md bg-muted px-2 py-3">
              <dt className="text-xs text-muted-foreground">{t(m)}</dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums">{format.number(counts[m])}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}

export async function FigureCard({
  title,
  hint,
  value,
  tone = 'default',
}: {
  title: string;
  hint: string;
  value: number;
  tone?: 'default' | 'danger';
}) {
  const format = await getFormatter();
  const danger = tone === 'danger' && value > 0;
  return (
    <Card className={danger ? 'border-destructive/50' : undefined}>
      <CardHeader className="pb-3">
        <CardTitle>
          <h2 className="text-base">{title}</h2>
        </CardTitle>
        <CardDescription>{hint}</CardDescription>
      </CardHeader>
      <CardContent>
        <p className={cn('text-3xl font-semibold tabular-nums', danger && 'text-destructive')}>{format.number(value)}</p>
      </CardContent>
    </Card>
  );
}
