import { describe, expect, it } from 'vitest';
import { calendarYearSchema, formatCalendarDays, parseCalendarDays } from './calendar';

describe('parseCalendarDays', () => {
  it('reads days, ranges, 休/班 (or off/work), and skips blank and # lines', () => {
    const text = [
      '# 2027',
      '',
      '2027-01-01 休 元旦',
      '2027-10-01~2027-10-03 休 国庆节',
      '2027-10-09　班 国庆节 调休',
      '2027-12-31 off',
    ].join('\n');
    expect(parseCalendarDays(text, 2027)).toEqual({
      days: [
        { date: '2027-01-01', isWorkday: false, name: '元旦' },
        { date: '2027-10-01', isWorkday: false, name: '国庆节' },
        { date: '2027-10-02', isWorkday: false, name: '国庆节' },
        { date: '2027-10-03', isWorkday: false, name: '国庆节' },
        { date: '2027-10-09', isWorkday: true, name: '国庆节 调休' },
        { date: '2027-12-31', isWorkday: false, name: '' },
      ],
      errors: [],
    });
  });

  it('reports every bad line with its number', () => {
    const text = [
      '2027-01-01 休 元旦',
      '2027-02-30 休 春节', // 2: no such day
      '2027-02-06 放 春节', // 3: unknown mark
      '2028-01-01 休 元旦', // 4: other year
      '2027-10-07~2027-10-01 休 国庆节', // 5: backwards
      '2027-01-01 班 元旦', // 6: duplicate
      '2027-10-01', // 7: no mark
      '2027/10/01 休 国庆节', // 8: not ISO
    ].join('\n');
    expect(parseCalendarDays(text, 2027).errors).toEqual([
      { line: 2, error: 'date' },
      { line: 3, error: 'mark' },
      { line: 4, error: 'outsideYear' },
      { line: 5, error: 'range' },
      { line: 6, error: 'duplicate' },
      { line: 7, error: 'format' },
      { line: 8, error: 'date' },
    ]);
  });

  it('formats saved days back into lines that parse to the same days', () => {
    const text = '2027-01-01 休 元旦\n2027-10-01~2027-10-07 休 国庆节\n2027-10-09 班 国庆节调休上班';
    const { days } = parseCalendarDays(text, 2027);
    expect(formatCalendarDays(days)).toBe(text);
    expect(parseCalendarDays(formatCalendarDays(days), 2027).days).toEqual(days);
  });
});

describe('calendarYearSchema', () => {
  const valid = { year: 2027, source: '国务院办公厅通知', days: '2027-01-01 休 元旦' };

  it('outputs the parsed days', () => {
    expect(calendarYearSchema.parse(valid)).toEqual({
      year: 2027,
      source: '国务院办公厅通知',
      days: [{ date: '2027-01-01', isWorkday: false, name: '元旦' }],
    });
  });

  it('puts line problems, a missing holiday and a bad year on their fields', () => {
    const issue = (input: object) => calendarYearSchema.safeParse({ ...valid, ...input }).error?.issues[0];
    expect(issue({ days: 'nonsense' })).toMatchObject({ path: ['days'], message: 'calendarDays' });
    expect(issue({ days: '2027-01-02 班 调休' })).toMatchObject({ path: ['days'], message: 'calendarNoHolidays' });
    expect(issue({ year: Number.NaN })).toMatchObject({ path: ['year'], message: 'number' });
    expect(issue({ year: 1999 })).toMatchObject({ path: ['year'], message: 'yearRange' });
    expect(issue({ source: '  ' })).toMatchObject({ path: ['source'], message: 'required' });
  });
});
