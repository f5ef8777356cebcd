import { describe, expect, it } from 'vitest';
import { addMonths, reservationExpiry } from './reservation';

describe('name reservation period', () => {
  it('counts calendar months, clamped to the end of a shorter month', () => {
    expect(addMonths('2026-11-27', 2)).toBe('2027-01-27');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
  });

  it('is 2 months, or 1 year when a prior permit is needed', () => {
    expect(reservationExpiry('2026-11-27', false)).toBe('2027-01-27');
    expect(reservationExpiry('2026-11-27', true)).toBe('2027-11-27');
  });
});
