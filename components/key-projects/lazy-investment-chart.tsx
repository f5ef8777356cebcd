'use client';

import dynamic from 'next/dynamic';
import type { InvestmentChartProps } from './investment-chart';

/** The chart library loads in the browser only, after the page: the figures and tables come first. */
const InvestmentChart = dynamic(() => import('./investment-chart'), {
  ssr: false,
  loading: () => <div className="h-64 w-full animate-pulse rounded-md bg-muted sm:h-72" />,
});

export function LazyInvestmentChart(props: InvestmentChartProps) {
  return <InvestmentChart {...props} />;
}
