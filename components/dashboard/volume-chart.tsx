'use client';

import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { cn } from '@/lib/utils';
import type { Period, VolumeMeasure } from '@/lib/domain/dashboard';

export type VolumeChartProps = {
  series: Record<Period, ({ label: string } & Record<VolumeMeasure, number>)[]>;
  /** Translated by the server page: this component carries no messages of its own. */
  labels: { measures: Record<VolumeMeasure, string>; periods: Record<Period, string>; summaries: Record<Period, string> };
};

const COLOURS: Record<VolumeMeasure, string> = { received: '#2563eb', accepted: '#d97706', completed: '#16a34a' };

/**
 * Received / accepted / completed over time, by day, week or month. Screen readers get the
 * summary as the chart's label; the page's table beside it holds every figure.
 */
export default function VolumeChart({ series, labels }: VolumeChartProps) {
  const [period, setPeriod] = useState<Period>('week');
  return (
    <div className="flex flex-col gap-3">
      <div role="group" className="flex gap-1 self-start rounded-md border p-1">
        {(['day', 'week', 'month'] as const).map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={period === p}
            onClick={() => setPeriod(p)}
            className={cn('rounded px-3 py-1 text-sm', period === p ? 'bg-primary text-primary-foreground' : 'hover:bg-muted')}
          >
            {labels.periods[p]}
          </button>
        ))}
      </div>
      <div role="img" aria-label={labels.summaries[period]} className="h-64 w-full sm:h-72">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={series[period]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" className="stroke-muted" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Legend />
            {(['received', 'accepted', 'completed'] as const).map((m) => (
              <Line
                key={m}
                type="monotone"
                dataKey={m}
                name={labels.measures[m]}
                stroke={COLOURS[m]}
                dot={false}
                strokeWidth={2}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
