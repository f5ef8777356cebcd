'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type InvestmentChartProps = {
  /** Amounts already in the unit the labels name (亿元, bn yuan). */
  points: { label: string; completed: number; plan: number }[];
  /** Translated by the server page: this component carries no messages of its own. */
  labels: { completed: string; plan: string; summary: string };
};

/** Cumulative investment completed against the year's plan pro rata; the page's table beside it holds every figure. */
export default function InvestmentChart({ points, labels }: InvestmentChartProps) {
  return (
    <div role="img" aria-label={labels.summary} className="h-64 w-full sm:h-72">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
          <CartesianGrid strokeDasharray="3 3" className="stroke-muted" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="completed" name={labels.completed} stroke="#16a34a" strokeWidth={2} />
          <Line
            type="monotone"
            dataKey="plan"
            name={labels.plan}
            stroke="#94a3b8"
            strokeDasharray="5 4"
            strokeWidth={2}
            dot={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
