import 'server-only';
import { createHash } from 'node:crypto';
import { RateLimiterDrizzle } from 'rate-limiter-flexible';
import type { Executor } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { backOffPolicyFrom, backOffSeconds, type BackOffPolicy } from '@/lib/domain/back-off';

/*
 * Exponential back-off after failed sign-ins and registrations (issue 13, finding 1), kept in
 * the `rate_limits` table through rate-limiter-flexible's drizzle store, so every instance on
 * the database shares it. Per key, two rows:
 *  - `failures`: attempts counted within the policy's window. An attempt is counted before its
 *    password is checked (an atomic upsert), so a burst of parallel guesses cannot all get
 *    through before the first one's failure is written; a successful one is taken back.
 *  - `gate`: once the count reaches the policy's free failures, each attempt must take the gate,
 *    which is free only when the previous one's wait has run out. Taking it (another atomic
 *    upsert) holds it for the next wait, so exactly one attempt gets through per wait.
 */

const MINUTE = 60;

export const THROTTLES = {
  // Per account: five failures in 15 minutes, then 30 s, doubling up to 15 minutes.
  signInAccount: { env: 'SIGNIN_THROTTLE_ACCOUNT', defaults: { freeFailures: 5, baseSeconds: 30, capSeconds: 15 * MINUTE, windowSeconds: 15 * MINUTE } },
  // Per client address (many people may share one): looser.
  signInAddress: { env: 'SIGNIN_THROTTLE_ADDRESS', defaults: { freeFailures: 20, baseSeconds: 30, capSeconds: 15 * MINUTE, windowSeconds: 15 * MINUTE } },
  // Refused registrations (e-mail taken, enterprise unknown or taken) per client address.
  registerAddress: { env: 'REGISTER_THROTTLE_ADDRESS', defaults: { freeFailures: 10, baseSeconds: 30, capSeconds: 15 * MINUTE, windowSeconds: 15 * MINUTE } },
} as const satisfies Record<string, { env: string; defaults: BackOffPolicy }>;

export type ThrottleName = keyof typeof THROTTLES;

/** What one attempt is counted against: an account (its normalised e-mail) or a client address. */
export type ThrottleKey = { throttle: ThrottleName; subject: string };

type Limiters = { policy: BackOffPolicy; failures: RateLimiterDrizzle; gate: RateLimiterDrizzle };

// One set per database handle (tests open several); the limiters keep no state of their own.
const limitersByDb = new WeakMap<object, Map<ThrottleName, Limiters>>();

function limiters(db: Executor, throttle: ThrottleName): Limiters {
  let byName = limitersByDb.get(db);
  if (!byName) limitersByDb.set(db, (byName = new Map()));
  let found = byName.get(throttle);
  if (!found) {
    const policy = backOffPolicyFrom(process.env, THROTTLES[throttle].env, THROTTLES[throttle].defaults);
    const common = {
      storeClient: db,
      schema: rateLimits,
      // Expired rows are overwritten in place; a timer per limiter would keep test processes alive.
      clearExpiredByTimeout: false,
    };
    found = {
      policy,
      failures: new RateLimiterDrizzle({ ...common, keyPrefix: `${throttle}:failures`, points: Number.MAX_SAFE_INTEGER, duration: policy.windowSeconds }),
      gate: new RateLimiterDrizzle({ ...common, keyPrefix: `${throttle}:gate`, points: 1, duration: policy.baseSeconds }),
    };
    byName.set(throttle, found);
  }
  return found;
}

// Hashed: a key is at most 255 characters, and the table need not list who tried to sign in.
const keyOf = (subject: string) => createHash('sha256').update(subject).digest('base64url');

export type Admission = { admitted: true; keys: { key: ThrottleKey; tookGate: boolean }[] } | { admitted: false; retryAfterMs: number };

/**
 * Counts an attempt against every key and admits it only if no key makes it wait. A refused
 * attempt is not counted (only attempts that were checked make the wait grow).
 */
export async function admitAttempt(db: Executor, keys: ThrottleKey[]): Promise<Admission> {
  const outcomes = await Promise.all(
    keys.map(async (key) => {
      const { policy, failures, gate } = limiters(db, key.throttle);
      const id = keyOf(key.subject);
      const counted = (await failures.penalty(id)).consumedPoints;
      const wait = backOffSeconds(counted, policy);
      if (wait === 0) return { key, tookGate: false, retryAfterMs: 0 };
      const taken = await gate.penalty(id, 1, { customDuration: wait });
      // The count stays as concurrent attempts made it (never overwritten, or their increments
      // would be lost); the gate alone holds the wait.
      if (taken.consumedPoints === 1) return { key, tookGate: true, retryAfterMs: 0 };
      await failures.reward(id);
      return { key, tookGate: false, retryAfterMs: Math.max(taken.msBeforeNext, 1) };
    }),
  );
  const retryAfterMs = Math.max(...outcomes.map((o) => o.retryAfterMs));
  if (retryAfterMs > 0) {
    // Refused by one key: the others do not count it either.
    await Promise.all(outcomes.filter((o) => o.retryAfterMs === 0).map((o) => limiters(db, o.key.throttle).failures.reward(keyOf(o.key.subject))));
    return { admitted: false, retryAfterMs };
  }
  return { admitted: true, keys: outcomes.map(({ key, tookGate }) => ({ key, tookGate })) };
}

/**
 * After the check: a failure stays counted (and its gate held for the wait). A success clears the
 * keys listed in `reset` (the account) and takes the attempt back from the others.
 */
export async function settleAttempt(db: Executor, admission: Admission, succeeded: boolean, reset: ThrottleName[] = []) {
  if (!admission.admitted || !succeeded) return;
  await Promise.all(
    admission.keys.map(async ({ key, tookGate }) => {
      const { failures, gate } = limiters(db, key.throttle);
      const id = keyOf(key.subject);
      if (reset.includes(key.throttle)) {
        await Promise.all([failures.delete(id), gate.delete(id)]);
        return;
      }
      await Promise.all([failures.reward(id), tookGate ? gate.delete(id) : null]);
    }),
  );
}
