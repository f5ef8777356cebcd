import { describe, expect, it } from 'vitest';
import { bucketStart, histogramSummary, isoWeekLabel, rate, volumeSeries } from './dashboard';

describe('bucketStart', () => {
  it('puts a day in its ISO week (from Monday) and its month', () => {
    expect(bucketStart('2026-03-04', 'day')).toBe('2026-03-04');
    expect(bucketStart('2026-03-08', 'week')).toBe('2026-03-02'); // a Sunday belongs to the week before
    expect(bucketStart('2026-03-09', 'week')).toBe('2026-03-09');
    expect(bucketStart('2026-03-31', 'month')).toBe('2026-03-01');
  });
});

describe('isoWeekLabel', () => {
  it('names the week by the year its Thursday falls in', () => {
    expect(isoWeekLabel('2026-01-05')).toBe('2026-W02');
    expect(isoWeekLabel('2025-12-29')).toBe('2026-W01');
    expect(isoWeekLabel('2020-12-28')).toBe('2020-W53');
  });
});

describe('volumeSeries', () => {
  const days = [
    { day: '2026-02-27', measure: 'received' as const, n: 2 },
    { day: '2026-03-01', measure: 'received' as const, n: 1 },
    { day: '2026-03-02', measure: 'accepted' as const, n: 4 },
    { day: '2026-03-02', measure: 'completed' as const, n: 1 },
    { day: '2026-04-01', measure: 'received' as const, n: 9 }, // outside the range
  ];

  it('fills every day of the range, zeros included', () => {
    const series = volumeSeries(days, '2026-02-27', '2026-03-02', 'day');
    expect(series.map((p) => p.start)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(series[1]).toEqual({ start: '2026-02-28', received: 0, accepted: 0, completed: 0 });
    expect(series[3]).toEqual({ start: '2026-03-02', received: 0, accepted: 4, completed: 1 });
  });

  it('sums into ISO weeks and months, the edges partial', () => {
    expect(volumeSeries(days, '2026-02-27', '2026-03-02', 'week')).toEqual([
      { start: '2026-02-23', received: 3, accepted: 0, completed: 0 },
      { start: '2026-03-02', received: 0, accepted: 4, completed: 1 },
    ]);
    expect(volumeSeries(days, '2026-02-27', '2026-03-02', 'month')).toEqual([
      { start: '2026-02-01', received: 2, accepted: 0, completed: 0 },
      { start: '2026-03-01', received: 1, accepted: 4, completed: 1 },
    ]);
  });
});

describe('histogramSummary', () => {
  it('gives count, mean and the nearest-rank p90', () => {
    // 1,2,…,10 working days once each: p90 is the 9th value.
    const bins = Array.from({ length: 10 }, (_, i) => ({ value: i + 1, n: 1 }));
    expect(histogramSummary(bins)).toEqual({ count: 10, average: 5.5, p90: 9 });
  });

  it('reads the p90 from the counts, in any order of bins', () => {
    // 89 cases in 2 days, 11 in 7: the 90th case took 7.
    expect(
      histogramSummary([
        { value: 7, n: 11 },
        { value: 2, n: 89 },
      ]),
    ).toMatchObject({ count: 100, p90: 7 });
    // 90 in 2 days, 10 in 7: the 90th took 2.
    expect(
      histogramSummary([
        { value: 7, n: 10 },
        { value: 2, n: 90 },
      ]),
    ).toMatchObject({ count: 100, p90: 2, average: 2.5 });
  });

  it('ignores empty bins and says nothing for no cases', () => {
    expect(histogramSummary([{ value: 3, n: 0 }])).toEqual({ count: 0, average: null, p90: null });
    expect(histogramSummary([{ value: 0, n: 1 }])).toEqual({ count: 1, average: 0, p90: 0 });
  });
});

describe('rate', () => {
  it('is null without a denominator', () => {
    expect(rate(1, 0)).toBeNull();
    expect(rate(3, 4)).toBe(0.75);
  });
});
