import { describe, expect, it } from 'vitest';
import { canonicalEncode, GENESIS_HASH, hashEvent, verifyChain, type AuditContent, type ChainedEvent } from './audit-chain';

function chain(contents: Omit<AuditContent, 'seq'>[]): ChainedEvent[] {
  let prevHash = GENESIS_HASH;
  return contents.map((c, i) => {
    const content = { ...c, seq: i + 1 };
    const hash = hashEvent(prevHash, content);
    const event = { ...content, prevHash, hash };
    prevHash = hash;
    return event;
  });
}

const base = { at: '2026-11-26T01:00:00.000Z', actorId: 'u1', entityType: 'user', entityId: 'u2', before: null, ip: null };
const events = () =>
  chain([
    { ...base, action: 'user.register', after: { email: 'a@x.test' } },
    { ...base, action: 'user.roles.update', before: { roles: ['applicant'] }, after: { roles: ['applicant', 'clerk'] } },
    { ...base, action: 'catalogue.item.update', after: { promisedDays: 1, nameZh: '企业设立登记' } },
  ]);

describe('canonicalEncode', () => {
  it('ignores key order at every depth', () => {
    expect(canonicalEncode({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'z' } })).toBe(
      canonicalEncode({ a: { c: 'z', d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });
  it('distinguishes values that JSON would confuse with key order only', () => {
    expect(canonicalEncode({ a: '1' })).not.toBe(canonicalEncode({ a: 1 }));
    expect(canonicalEncode({ a: undefined, b: null })).toBe('{"b":null}');
  });
});

describe('verifyChain', () => {
  it('accepts an untouched chain', () => {
    const verdict = verifyChain(events());
    expect(verdict).toMatchObject({ ok: true, checked: 3 });
  });
  it('detects an edited event at that event', () => {
    const e = events();
    e[1] = { ...e[1], after: { roles: ['applicant', 'admin'] } };
    expect(verifyChain(e)).toEqual({ ok: false, checked: 1, firstBreak: { seq: 2, reason: 'hash-mismatch' } });
  });
  it('detects an edit that recomputes the edited hash at the following event', () => {
    const e = events();
    const forged = { ...e[1], after: { roles: ['admin'] } };
    const { prevHash, hash: _h, ...content } = forged;
    e[1] = { ...forged, hash: hashEvent(prevHash, content) };
    expect(verifyChain(e)).toMatchObject({ ok: false, firstBreak: { seq: 3, reason: 'prev-hash-mismatch' } });
  });
  it('detects a deleted event', () => {
    const e = events();
    e.splice(1, 1);
    expect(verifyChain(e)).toMatchObject({ ok: false, firstBreak: { seq: 3, reason: 'sequence-gap' } });
  });
  it('detects reordering', () => {
    const e = events();
    [e[1], e[2]] = [e[2], e[1]];
    expect(verifyChain(e)).toMatchObject({ ok: false, firstBreak: { seq: 3, reason: 'sequence-gap' } });
  });
});
