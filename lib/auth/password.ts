import argon2 from 'argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes); about 30 ms here, cheap enough for sign-in
// bursts on 2 cores, costly enough for offline guessing.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A real hash to verify against when the account does not exist, so both paths take as long. */
let dummyHash: Promise<string> | undefined;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('no-such-account-placeholder');
  return dummyHash;
}
