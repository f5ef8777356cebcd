/** How long an approved name stays reserved (DESIGN §5). Pure. */

/** Months an approved name stays reserved: 2, or 12 when the business needs a prior permit. */
export const RESERVATION_MONTHS = 2;
export const RESERVATION_MONTHS_WITH_PERMIT = 12;

/** 'YYYY-MM-DD' `months` calendar months after `isoDate`, clamped to the month's last day (12-31 + 2 → 02-28). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** The last day a name reserved on `today` stays reserved. */
export function reservationExpiry(today: string, priorPermit: boolean): string {
  return addMonths(today, priorPermit ? RESERVATION_MONTHS_WITH_PERMIT : RESERVATION_MONTHS);
}
