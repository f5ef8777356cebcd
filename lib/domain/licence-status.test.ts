import { describe, expect, it } from 'vitest';
import {
  availableStatusChanges,
  checkStatusChange,
  LICENCE_STATUSES,
  STATUS_REASON_MAX_LENGTH,
  type LicenceStatus,
  type LicenceStatusChange,
} from './licence-status';

// Every (from, to) pair: the change it is, or null where it is not allowed.
const EXPECTED: Record<LicenceStatus, Record<LicenceStatus, LicenceStatusChange | null>> = {
  valid: { valid: null, suspended: 'suspend', revoked: 'revoke' },
  suspended: { valid: 'reinstate', suspended: null, revoked: 'revoke' },
  revoked: { valid: null, suspended: null, revoked: null },
};

describe('licence status changes', () => {
  for (const from of LICENCE_STATUSES) {
    for (const to of LICENCE_STATUSES) {
      const change = EXPECTED[from][to];
      it(`${from} → ${to}: ${change ?? 'refused'}`, () => {
        const check = checkStatusChange(from, to, '经营场所与登记不符');
        expect(check).toEqual(
          change ? { ok: true, change, reason: '经营场所与登记不符' } : { ok: false, failure: 'statusChangeNotAllowed' },
        );
      });
    }
  }

  it('offers exactly the allowed changes, and none once revoked', () => {
    expect(availableStatusChanges('valid')).toEqual([
      { change: 'suspend', to: 'suspended' },
      { change: 'revoke', to: 'revoked' },
    ]);
    expect(availableStatusChanges('suspended')).toEqual([
      { change: 'reinstate', to: 'valid' },
      { change: 'revoke', to: 'revoked' },
    ]);
    expect(availableStatusChanges('revoked')).toEqual([]);
  });

  it('needs a reason, trimmed, of at most the maximum length', () => {
    expect(checkStatusChange('valid', 'suspended', '   ')).toEqual({ ok: false, failure: 'reasonRequired' });
    expect(checkStatusChange('valid', 'suspended', '')).toEqual({ ok: false, failure: 'reasonRequired' });
    expect(checkStatusChange('valid', 'suspended', '  整改完成  ')).toMatchObject({ ok: true, reason: '整改完成' });
    const longest = '理'.repeat(STATUS_REASON_MAX_LENGTH);
    expect(checkStatusChange('valid', 'revoked', ` ${longest} `)).toMatchObject({ ok: true, reason: longest });
    expect(checkStatusChange('valid', 'revoked', `${longest}由`)).toEqual({ ok: false, failure: 'reasonTooLong' });
  });

  it('says a change is not allowed before it looks at the reason', () => {
    expect(checkStatusChange('revoked', 'valid', '')).toEqual({ ok: false, failure: 'statusChangeNotAllowed' });
  });
});
