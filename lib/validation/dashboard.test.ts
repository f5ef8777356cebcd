import { describe, expect, it } from 'vitest';
import { dashboardSearchParams, parseDashboardFilter } from './dashboard';

const today = '2026-11-27';

describe('parseDashboardFilter', () => {
  it('defaults to the last 90 days ending today, all departments and items', () => {
    expect(parseDashboardFilter({}, today)).toEqual({
      filter: { from: '2026-08-30', to: today, department: undefined, item: undefined },
      errors: {},
    });
  });

  it('keeps a valid range and codes', () => {
    const { filter, errors } = parseDashboardFilter(
      { from: '2026-01-01', to: '2026-03-31', department: 'market', item: 'XC-MC-001' },
      today,
    );
    expect(filter).toEqual({ from: '2026-01-01', to: '2026-03-31', department: 'market', item: 'XC-MC-001' });
    expect(errors).toEqual({});
  });

  it('falls back to the default for a date that is not one, and says so', () => {
    const { filter, errors } = parseDashboardFilter({ from: '2026-02-30', to: 'yesterday' }, today);
    expect(filter).toMatchObject({ from: '2026-08-30', to: today });
    expect(errors).toEqual({ from: 'date', to: 'date' });
  });

  it('refuses a start after the end, and caps a range longer than two years', () => {
    expect(parseDashboardFilter({ from: '2026-05-01', to: '2026-04-01' }, today)).toMatchObject({
      filter: { from: '2026-01-02', to: '2026-04-01' },
      errors: { from: 'order' },
    });
    expect(parseDashboardFilter({ from: '2020-01-01', to: '2026-01-01' }, today)).toMatchObject({
      filter: { from: '2024-01-02', to: '2026-01-01' },
      errors: { from: 'range' },
    });
  });

  it('ignores malformed codes and repeated parameters', () => {
    const { filter, errors } = parseDashboardFilter({ department: "x' or 1=1", item: ['XC-MC-001', 'other'] }, today);
    expect(filter).toMatchObject({ department: undefined, item: 'XC-MC-001' });
    expect(errors).toEqual({});
  });
});

describe('dashboardSearchParams', () => {
  it('writes the filter back into a URL query', () => {
    expect(
      dashboardSearchParams({ from: '2026-01-01', to: '2026-01-31', department: 'market' }, { table: 'red' }).toString(),
    ).toBe('from=2026-01-01&to=2026-01-31&department=market&table=red');
  });
});
