/**
 * Pure helpers of the manager dashboard (DESIGN §9): bucketing daily counts into ISO weeks and
 * months, and the average and p90 of a histogram of working days, exact from the counts.
 */
import { addCalendarDays, zoneMonthStart, zoneWeekStart } from './clock';

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

export const VOLUME_MEASURES = ['received', 'accepted', 'completed'] as const;
export type VolumeMeasure = (typeof VOLUME_MEASURES)[number];
export type VolumeCounts = Record<VolumeMeasure, number>;
/** One bucket of the series: `start` is its first day (a day, the Monday of an ISO week, the 1st of a month). */
export type VolumePoint = VolumeCounts & { start: string };

/** The first day of the bucket a date falls in. */
export function bucketStart(date: string, period: Period): string {
  return period === 'day' ? date : period === 'week' ? zoneWeekStart(date) : zoneMonthStart(date);
}

/** The ISO week (e.g. 2026-W05) a Monday starts: the year is the one its Thursday falls in. */
export function isoWeekLabel(monday: string): string {
  const thursday = addCalendarDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (Date.parse(`${thursday}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000;
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

/**
 * Daily counts summed into buckets over [from, to], every bucket present (zeros where nothing
 * happened) so a chart has no gaps. The first and last week or month may be partial.
 */
export function volumeSeries(
  days: readonly { day: string; measure: VolumeMeasure; n: number }[],
  from: string,
  to: string,
  period: Period,
): VolumePoint[] {
  const buckets = new Map<string, VolumePoint>();
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) {
    const start = bucketStart(day, period);
    if (!buckets.has(start)) buckets.set(start, { start, received: 0, accepted: 0, completed: 0 });
  }
  for (const d of days) {
    const point = d.day >= from && d.day <= to ? buckets.get(bucketStart(d.day, period)) : undefined;
    if (point) point[d.measure] += d.n;
  }
  return [...buckets.values()];
}

export type HistogramBin = { value: number; n: number };

/** How many, their mean and their p90 (nearest rank: the smallest value with at least 90 % at or below it); null when empty. */
export function histogramSummary(bins: readonly HistogramBin[]): { count: number; average: number | null; p90: number | null } {
  const sorted = bins.filter((b) => b.n > 0).sort((a, b) => a.value - b.value);
  const count = sorted.reduce((sum, b) => sum + b.n, 0);
  if (count === 0) return { count: 0, average: null, p90: null };
  const rank = Math.ceil(count * 0.9);
  let seen = 0;
  let p90 = sorted[sorted.length - 1].value;
  for (const b of sorted) {
    seen += b.n;
    if (seen >= rank) {
      p90 = b.value;
      break;
    }
  }
  return { count, average: sorted.reduce((sum, b) => sum + b.value * b.n, 0) / count, p90 };
}

/** A share as a fraction 0–1, or null when there is nothing to divide by. */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
