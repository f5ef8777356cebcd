/** The zone works on Beijing time; "today" and day boundaries are taken there. */
export const ZONE_TIME_ZONE = 'Asia/Shanghai';
const ZONE_OFFSET_MS = 8 * 60 * 60 * 1000; // China has no daylight saving time

/** The calendar date in the zone, as 'YYYY-MM-DD'. */
export function zoneDate(at: Date): string {
  return new Date(at.getTime() + ZONE_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a zone calendar day starts. */
export function zoneDayStart(isoDate: string): Date {
  return new Date(Date.parse(`${isoDate}T00:00:00.000Z`) - ZONE_OFFSET_MS);
}

export function addCalendarDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The first day of the zone week (Monday) and month containing a date. */
export function zoneWeekStart(isoDate: string): string {
  const weekday = new Date(`${isoDate}T00:00:00.000Z`).getUTCDay(); // 0 = Sunday
  return addCalendarDays(isoDate, -((weekday + 6) % 7));
}

export function zoneMonthStart(isoDate: string): string {
  return `${isoDate.slice(0, 7)}-01`;
}
