import { describe, expect, it } from 'vitest';
import { decodeQueueCursor, encodeQueueCursor } from './queue-cursor';

const ID = '0b9f6c1e-3f4a-4c47-9a55-2f1d7e8a9b10';
const forge = (raw: string) => Buffer.from(raw).toString('base64url');

describe('queue cursor', () => {
  it('decodes what it encoded', () => {
    expect(decodeQueueCursor(encodeQueueCursor({ dueOn: '2026-11-27', id: ID }))).toEqual({ dueOn: '2026-11-27', id: ID });
  });

  it('refuses impossible dates, malformed ids and anything else', () => {
    for (const raw of [
      `2026-13-45|${ID}`,
      `2026-02-30|${ID}`,
      `0000-01-01|${ID}`,
      `2026-11-27|${'a'.repeat(36)}`,
      `2026-11-27|${'-'.repeat(36)}`,
      `2026-11-27|${ID}|extra`,
      `2026-11-27`,
      `2026-11-27|${ID}\u0000`,
    ]) {
      expect(decodeQueueCursor(forge(raw)), raw).toBeNull();
    }
    expect(decodeQueueCursor('')).toBeNull();
    expect(decodeQueueCursor('not base64url!')).toBeNull();
    expect(decodeQueueCursor(`${encodeQueueCursor({ dueOn: '2026-11-27', id: ID })}=`)).toBeNull();
  });
});
