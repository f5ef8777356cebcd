'use client';

import dynamic from 'next/dynamic';
import type { VolumeChartProps } from './volume-chart';

/** The chart library loads in the browser only, after the page: the figures and tables come first. */
const VolumeChart = dynamic(() => import('./volume-chart'), {
  ssr: false,
  loading: () => <div className="h-64 w-full animate-pulse rounded-md bg-muted sm:h-72" />,
});

export function LazyVolumeChart(props: VolumeChartProps) {
  return <VolumeChart {...props} />;
}
