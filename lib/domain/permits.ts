import type { Bilingual } from '@/lib/i18n/config';
import { addCalendarDays } from './clock';
import { ZONE_REGION_CODE } from './credit-code';

/*
 * Permits an approval issues (a 食品经营许可证, a 建筑工程施工许可证), declared as data: their
 * names, how long they are valid, which answers of the case's form they print, and their
 * numbers in the official-looking form. Pure.
 */

export const PERMIT_KINDS = {
  'food-business': {
    name: { zh: '食品经营许可证', en: 'Food business permit' },
    /** Valid for 5 years from the day of issue (食品经营许可管理办法). */
    validityYears: 5,
    /** The form answers printed as what is permitted and where. */
    answers: { subject: 'businessItems', address: 'premises' },
  },
  construction: {
    name: { zh: '建筑工程施工许可证', en: 'Construction permit' },
    /** Valid for the works it permits: no end date. */
    validityYears: null,
    answers: { subject: 'projectName', address: 'parcel' },
  },
} as const satisfies Record<
  string,
  { name: Bilingual; validityYears: number | null; answers: { subject: string; address: string } }
>;
export type PermitKind = keyof typeof PERMIT_KINDS;

export const isPermitKind = (value: unknown): value is PermitKind =>
  typeof value === 'string' && Object.hasOwn(PERMIT_KINDS, value);

/** The largest serial each kind's number has room for. */
const SERIAL_DIGITS: Record<PermitKind, number> = { 'food-business': 6, construction: 4 };

/**
 * The check digit of a food business permit number, ISO 7064 MOD 11-10 over its 13 digits
 * after 'JY' (the '1', the region code and the serial): p starts at 10; for each digit d,
 * s = (p + d) mod 10, or 10 when that is 0, and p = 2s mod 11; the check digit is
 * (11 − p) mod 10. It catches every single-digit error and every swap of adjacent digits.
 */
export function foodPermitCheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new Error(`not digits: ${digits}`);
  let p = 10;
  for (const ch of digits) {
    const s = (p + Number(ch)) % 10 || 10;
    p = (2 * s) % 11;
  }
  return (11 - p) % 10;
}

/** The last day a permit issued on `issuedOn` (YYYY-MM-DD) is valid, or null when it does not expire. */
export function permitValidUntil(kind: PermitKind, issuedOn: string): string | null {
  const years = PERMIT_KINDS[kind].validityYears;
  if (years === null) return null;
  const [y, m, d] = issuedOn.split('-').map(Number);
  // Date.UTC rolls 29 February over to 1 March in a common year; the day before is then the 28th.
  const anniversary = new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
  return addCalendarDays(anniversary, -1);
}

/**
 * The number printed on a permit: food business 'JY1' + the zone's region code + a 6-digit
 * serial + the check digit (JY14110000000428 for serial 42); construction the region code + the day of
 * issue (YYYYMMDD) + a 4-digit serial (411000202611270001). Serials count per kind and year.
 */
export function permitNumber(kind: PermitKind, input: { serial: number; issuedOn: string }): string {
  const digits = SERIAL_DIGITS[kind];
  if (!Number.isInteger(input.serial) || input.serial < 1 || input.serial >= 10 ** digits) {
    throw new RangeError(`${kind} permit serial out of range: ${input.serial}`);
  }
  const serial = String(input.serial).padStart(digits, '0');
  if (kind === 'construction') return `${ZONE_REGION_CODE}${input.issuedOn.replaceAll('-', '')}${serial}`;
  const body = `1${ZONE_REGION_CODE}${serial}`;
  return `JY${body}${foodPermitCheckDigit(body)}`;
}

const FOOD_NUMBER = /^JY(1\d{6}\d{6})(\d)$/;
const CONSTRUCTION_NUMBER = /^(\d{6})(\d{4})(\d{2})(\d{2})(\d{4})$/;

/** A permit number as people type it: spaces dropped, letters upper case. */
export const normalisePermitNumber = (input: string) => input.replace(/\s+/g, '').toUpperCase();

/**
 * Which kind of permit a number is, when it has the form of one: the food business form with a
 * correct check digit, or the construction form with the zone's region code and a real date.
 * Null otherwise. Credit codes issued here start with 9 (lib/data/licences.ts), so none of them
 * reads as a permit number.
 */
export function parsePermitNumber(input: string): { kind: PermitKind; number: string } | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const number = normalisePermitNumber(input);
  const food = FOOD_NUMBER.exec(number);
  if (food) return foodPermitCheckDigit(food[1]) === Number(food[2]) ? { kind: 'food-business', number } : null;
  const construction = CONSTRUCTION_NUMBER.exec(number);
  if (!construction) return null;
  const [, region, year, month, day, serial] = construction;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const realDate =
    date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return region === ZONE_REGION_CODE && realDate && Number(serial) > 0 ? { kind: 'construction', number } : null;
}

/** Whether a number has the food business form (JY…) but a wrong check digit: worth its own message. */
export const isFoodPermitShaped = (input: string) => FOOD_NUMBER.test(normalisePermitNumber(input));
