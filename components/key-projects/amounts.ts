import type { CumulativePoint } from '@/lib/domain/key-projects';

/**
 * Amounts as the page's language states them: 亿元 (10⁸ yuan) in Chinese, billions of yuan in
 * English — the unit the column headings name.
 */
export function amountUnit(locale: string, yuan: number): number {
  return yuan / (locale === 'en' ? 1e9 : 1e8);
}

/** The chart's points in that unit, labelled by month. */
export function chartPoints(locale: string, cumulative: readonly CumulativePoint[]) {
  const round = (yuan: number) => Math.round(amountUnit(locale, yuan) * 1000) / 1000;
  return cumulative.map((p) => ({ label: p.month.slice(0, 7), completed: round(p.completedYuan), plan: round(p.planYuan) }));
}
