import { getFormatter } from 'next-intl/server';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { cn } from '@/lib/utils';

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
