/*
 * The sign-in and registration throttle's schedule (issue 13, finding 1). Pure: the store that
 * counts failures is lib/data/throttle.ts.
 */

export type BackOffPolicy = {
  /** Failures (counted within the window) that cost nothing; the next one starts the waiting. */
  freeFailures: number;
  /** The first wait; each further failure doubles it … */
  baseSeconds: number;
  /** … up to this. */
  capSeconds: number;
  /** Failures older than this (counted from the last one that had to wait) are forgotten. */
  windowSeconds: number;
};

/**
 * How long the next attempt must wait once `failures` attempts (this one included) have been
 * made: nothing for the first `freeFailures − 1`, then base, 2 × base, 4 × base … up to the cap.
 */
export function backOffSeconds(failures: number, policy: BackOffPolicy): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(policy.capSeconds, policy.baseSeconds * 2 ** (failures - policy.freeFailures));
}

type Env = Record<string, string | undefined>;

/**
 * A policy from `<PREFIX>_FREE`, `_BASE_SECONDS`, `_CAP_SECONDS` and `_WINDOW_SECONDS`, each a
 * whole number ≥ 1; anything else keeps the default.
 */
export function backOffPolicyFrom(env: Env, prefix: string, defaults: BackOffPolicy): BackOffPolicy {
  const read = (suffix: string, fallback: number) => {
    const value = Number(env[`${prefix}_${suffix}`]);
    return Number.isInteger(value) && value >= 1 ? value : fallback;
  };
  const policy = {
    freeFailures: read('FREE', defaults.freeFailures),
    baseSeconds: read('BASE_SECONDS', defaults.baseSeconds),
    capSeconds: read('CAP_SECONDS', defaults.capSeconds),
    windowSeconds: read('WINDOW_SECONDS', defaults.windowSeconds),
  };
  return { ...policy, capSeconds: Math.max(policy.capSeconds, policy.baseSeconds) };
}

/** A wait as the message says it: seconds under a minute, else whole minutes rounded up. */
export function waitForDisplay(ms: number): { unit: 'seconds' | 'minutes'; count: number } {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60 ? { unit: 'seconds', count: seconds } : { unit: 'minutes', count: Math.ceil(seconds / 60) };
}
