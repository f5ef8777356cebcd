import { describe, expect, it } from 'vitest';
import * as stored from '@/db/schema/enterprise-service';
import {
  checkProblemChange,
  offeredProblemChanges,
  PROBLEM_KINDS,
  PROBLEM_STATES,
  PROBLEM_WORKING_DAYS,
  problemAgeBucket,
  problemDueOn,
  problemUrgency,
} from './problems';
import { WorkingCalendar } from './working-days';

const calendar = new WorkingCalendar();

describe('problems', () => {
  it('knows exactly the kinds and states the database stores', () => {
    expect(PROBLEM_KINDS).toEqual(stored.PROBLEM_KINDS);
    expect(PROBLEM_STATES).toEqual(stored.PROBLEM_STATES);
  });

  it('is due 10 working days after it is raised, skipping the National Day holiday', () => {
    expect(PROBLEM_WORKING_DAYS).toBe(10);
    // Monday 2026-11-16 + 10 working days = Monday 2026-11-30.
    expect(problemDueOn(calendar, '2026-11-16')).toBe('2026-11-30');
    // Raised just before the National Day holiday: the holiday does not count, its adjusted Saturday (2026-10-10) does.
    expect(problemDueOn(calendar, '2026-09-29')).toBe('2026-10-19');
  });

  it('is red when overdue, yellow when due within two working days, and settled once resolved', () => {
    const open = (dueOn: string) => ({ state: 'in_progress' as const, dueOn });
    // Friday 2026-11-27.
    expect(problemUrgency(calendar, open('2026-11-26'), '2026-11-27')).toBe('overdue');
    expect(problemUrgency(calendar, open('2026-11-27'), '2026-11-27')).toBe('dueSoon');
    // Tuesday is two working days after Friday; Wednesday three.
    expect(problemUrgency(calendar, open('2026-12-01'), '2026-11-27')).toBe('dueSoon');
    expect(problemUrgency(calendar, open('2026-12-02'), '2026-11-27')).toBe('onTime');
    expect(problemUrgency(calendar, { state: 'resolved', dueOn: '2026-11-01' }, '2026-11-27')).toBe('settled');
    expect(problemUrgency(calendar, { state: 'confirmed', dueOn: '2026-11-01' }, '2026-11-27')).toBe('settled');
  });

  it('buckets age in working days since raising', () => {
    expect(problemAgeBucket(calendar, '2026-11-27', '2026-11-27')).toBe('upTo5');
    expect(problemAgeBucket(calendar, '2026-11-20', '2026-11-27')).toBe('upTo5');
    expect(problemAgeBucket(calendar, '2026-11-16', '2026-11-27')).toBe('upTo10');
    expect(problemAgeBucket(calendar, '2026-11-02', '2026-11-27')).toBe('over10');
  });

  it('goes open → in progress → resolved → confirmed, each step by the right person', () => {
    expect(checkProblemChange('take', 'open', 'owner')).toEqual({ ok: true, to: 'in_progress' });
    expect(checkProblemChange('take', 'open', 'enterprise')).toEqual({ ok: false, reason: 'notAllowed' });
    expect(checkProblemChange('note', 'in_progress', 'owner', { text: 'called the land bureau' })).toEqual({
      ok: true,
      to: 'in_progress',
    });
    expect(checkProblemChange('note', 'in_progress', 'staff', { text: 'x'.repeat(5) })).toEqual({
      ok: false,
      reason: 'notAllowed',
    });
    expect(checkProblemChange('note', 'in_progress', 'owner', { text: ' ' })).toEqual({ ok: false, reason: 'textRequired' });
    expect(checkProblemChange('bring_in_department', 'in_progress', 'owner')).toEqual({
      ok: false,
      reason: 'departmentRequired',
    });
    expect(checkProblemChange('resolve', 'open', 'owner', { text: 'done' })).toEqual({
      ok: false,
      reason: 'problemChangeNotAllowed',
    });
    expect(checkProblemChange('resolve', 'in_progress', 'owner', { text: 'done' })).toEqual({ ok: true, to: 'resolved' });
    expect(checkProblemChange('confirm', 'resolved', 'owner')).toEqual({ ok: false, reason: 'notAllowed' });
    expect(checkProblemChange('confirm', 'resolved', 'enterprise')).toEqual({ ok: true, to: 'confirmed' });
    expect(checkProblemChange('reopen', 'confirmed', 'enterprise', { text: 'still no power' })).toEqual({
      ok: false,
      reason: 'problemChangeNotAllowed',
    });
  });

  it('reopens back to in progress, only with a reason', () => {
    expect(checkProblemChange('reopen', 'resolved', 'enterprise')).toEqual({ ok: false, reason: 'textRequired' });
    expect(checkProblemChange('reopen', 'resolved', 'enterprise', { text: 'still no power' })).toEqual({
      ok: true,
      to: 'in_progress',
    });
  });

  it('lets a manager take over work in progress, not the owner again', () => {
    expect(checkProblemChange('take_over', 'in_progress', 'staff')).toEqual({ ok: true, to: 'in_progress' });
    expect(checkProblemChange('take_over', 'in_progress', 'owner')).toEqual({ ok: false, reason: 'notAllowed' });
    expect(checkProblemChange('unknown', 'open', 'owner')).toEqual({ ok: false, reason: 'problemChangeNotAllowed' });
  });

  it('offers each actor exactly the changes the table allows', () => {
    expect(offeredProblemChanges('open', 'owner')).toEqual(['take', 'note', 'bring_in_department']);
    expect(offeredProblemChanges('open', 'staff')).toEqual(['take']);
    expect(offeredProblemChanges('in_progress', 'owner')).toEqual(['note', 'bring_in_department', 'resolve']);
    expect(offeredProblemChanges('in_progress', 'staff')).toEqual(['take_over']);
    expect(offeredProblemChanges('resolved', 'enterprise')).toEqual(['confirm', 'reopen']);
    expect(offeredProblemChanges('confirmed', 'enterprise')).toEqual([]);
  });
});
