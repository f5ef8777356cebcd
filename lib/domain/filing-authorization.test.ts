import { describe, expect, it } from 'vitest';
import { authorizationRefusal, authorizationStatus, coversItem, type FilingAuthorizationTerms } from './filing-authorization';

const terms: FilingAuthorizationTerms = {
  agentId: 'clerk',
  enterpriseId: 'ent',
  serviceCodes: ['XC-SL-002'],
  validFrom: '2026-11-01',
  validUntil: '2026-11-30',
  revokedAt: null,
};
const use = { agentId: 'clerk', enterpriseId: 'ent', serviceCode: 'XC-SL-002', today: '2026-11-15' };

describe('filing authorization', () => {
  it('is valid for its agent, enterprise and items within its dates, both ends included', () => {
    expect(authorizationRefusal(terms, use)).toBeNull();
    expect(authorizationRefusal(terms, { ...use, today: '2026-11-01' })).toBeNull();
    expect(authorizationRefusal(terms, { ...use, today: '2026-11-30' })).toBeNull();
  });

  it('is refused before and after its validity, and once revoked', () => {
    expect(authorizationRefusal(terms, { ...use, today: '2026-10-31' })).toBe('authorizationNotYetValid');
    expect(authorizationRefusal(terms, { ...use, today: '2026-12-01' })).toBe('authorizationExpired');
    expect(authorizationRefusal({ ...terms, revokedAt: new Date() }, use)).toBe('authorizationRevoked');
  });

  it('covers only its items, or every item when it lists none', () => {
    expect(authorizationRefusal(terms, { ...use, serviceCode: 'XC-SP-001' })).toBe('authorizationOtherItem');
    expect(coversItem({ serviceCodes: [] }, 'XC-SP-001')).toBe(true);
  });

  it('authorizes one agent of one enterprise', () => {
    expect(authorizationRefusal(terms, { ...use, agentId: 'officer' })).toBe('authorizationOtherAgent');
    expect(authorizationRefusal(terms, { ...use, enterpriseId: 'other' })).toBe('authorizationOtherEnterprise');
  });

  it('a revocation outranks the dates', () => {
    expect(authorizationStatus({ ...terms, revokedAt: new Date() }, '2026-12-31')).toBe('revoked');
    expect(authorizationStatus(terms, '2026-12-31')).toBe('expired');
  });
});
