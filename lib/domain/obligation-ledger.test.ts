import { describe, expect, it } from 'vitest';
import { isLate, nextStepOf, reminderDue } from './obligation-ledger';

describe('reminderDue', () => {
  // Friday 2026-11-27; the next working day is Monday 2026-11-30.
  const friday = '2026-11-27';
  const monday = '2026-11-30';
  it('announces a Monday due date on the Friday before, and reminds again on the day', () => {
    expect(reminderDue(monday, friday, monday)).toBe('day_before');
    expect(reminderDue(monday, monday, '2026-12-01')).toBe('due_day');
  });
  it('sends nothing earlier, and nothing once the date has passed', () => {
    expect(reminderDue('2026-12-01', friday, monday)).toBeNull();
    expect(reminderDue('2026-11-26', friday, monday)).toBeNull();
  });
  it('a due date on the weekend in between counts as the day before', () => {
    expect(reminderDue('2026-11-28', friday, monday)).toBe('day_before');
  });
});

describe('nextStepOf and isLate', () => {
  it('asks the enterprise for the material or the evidence while owed, the window once supplied, no one once settled', () => {
    expect(nextStepOf({ kind: 'tolerance', status: 'open' })).toBe('supplyMaterial');
    expect(nextStepOf({ kind: 'promise', status: 'extended' })).toBe('supplyEvidence');
    expect(nextStepOf({ kind: 'promise', status: 'breached' })).toBe('supplyOverdue');
    expect(nextStepOf({ kind: 'tolerance', status: 'fulfilled' })).toBe('awaitVerification');
    expect(nextStepOf({ kind: 'tolerance', status: 'verified' })).toBe('none');
    expect(nextStepOf({ kind: 'promise', status: 'waived' })).toBe('none');
  });
  it('counts as late an owed obligation past its date and a breached one, not one due today', () => {
    expect(isLate({ status: 'open', dueDate: '2026-11-26' }, '2026-11-27')).toBe(true);
    expect(isLate({ status: 'open', dueDate: '2026-11-27' }, '2026-11-27')).toBe(false);
    expect(isLate({ status: 'breached', dueDate: '2026-12-27' }, '2026-11-27')).toBe(true);
    expect(isLate({ status: 'fulfilled', dueDate: '2026-11-01' }, '2026-11-27')).toBe(false);
  });
});
