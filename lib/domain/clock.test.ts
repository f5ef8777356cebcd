import { describe, expect, it } from 'vitest';
import { zoneDate, zoneDayStart, zoneMonthStart, zoneWeekStart } from './clock';

describe('zone clock', () => {
  it('takes the date in Beijing time, not UTC', () => {
    expect(zoneDate(new Date('2026-11-25T16:30:00Z'))).toBe('2026-11-26');
    expect(zoneDate(new Date('2026-11-25T15:59:59Z'))).toBe('2026-11-25');
  });
  it('starts a zone day at 16:00 UTC the evening before', () => {
    expect(zoneDayStart('2026-11-26').toISOString()).toBe('2026-11-25T16:00:00.000Z');
  });
  it('finds the Monday and the first of the month', () => {
    expect(zoneWeekStart('2026-11-26')).toBe('2026-11-23'); // a Thursday
    expect(zoneWeekStart('2026-11-23')).toBe('2026-11-23');
    expect(zoneWeekStart('2026-11-29')).toBe('2026-11-23'); // a Sunday
    expect(zoneMonthStart('2026-11-26')).toBe('2026-11-01');
  });
});
