import { describe, expect, it } from 'vitest';
import { backOffPolicyFrom, backOffSeconds, waitForDisplay } from './back-off';

const policy = { freeFailures: 5, baseSeconds: 30, capSeconds: 900, windowSeconds: 900 };

describe('backOffSeconds', () => {
  it('costs nothing for the first failures, then doubles from the base up to the cap', () => {
    expect([1, 2, 3, 4].map((n) => backOffSeconds(n, policy))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10].map((n) => backOffSeconds(n, policy))).toEqual([30, 60, 120, 240, 480, 900]);
    expect(backOffSeconds(50, policy)).toBe(900);
    expect(backOffSeconds(10_000, policy)).toBe(900);
  });
});

describe('backOffPolicyFrom', () => {
  it('reads whole numbers from the environment and keeps the defaults otherwise', () => {
    const env = { T_FREE: '3', T_BASE_SECONDS: '2', T_CAP_SECONDS: 'x', T_WINDOW_SECONDS: '-1' };
    expect(backOffPolicyFrom(env, 'T', policy)).toEqual({ freeFailures: 3, baseSeconds: 2, capSeconds: 900, windowSeconds: 900 });
    expect(backOffPolicyFrom({}, 'T', policy)).toEqual(policy);
  });

  it('never caps below the first wait', () => {
    expect(backOffPolicyFrom({ T_BASE_SECONDS: '600', T_CAP_SECONDS: '60' }, 'T', policy).capSeconds).toBe(600);
  });
});

describe('waitForDisplay', () => {
  it('says seconds under a minute and whole minutes, rounded up, above', () => {
    expect(waitForDisplay(200)).toEqual({ unit: 'seconds', count: 1 });
    expect(waitForDisplay(29_001)).toEqual({ unit: 'seconds', count: 30 });
    expect(waitForDisplay(60_000)).toEqual({ unit: 'minutes', count: 1 });
    expect(waitForDisplay(61_000)).toEqual({ unit: 'minutes', count: 2 });
  });
});
