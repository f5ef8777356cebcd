import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseDuringBuildError, openDatabase } from './client';

afterEach(() => vi.unstubAllEnvs());

describe('openDatabase', () => {
  it('refuses to open anything while `next build` runs', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-build-'));
    try {
      vi.stubEnv('NEXT_PHASE', 'phase-production-build');
      await expect(openDatabase({ dataDir: path.join(dir, 'pglite') })).rejects.toThrow(DatabaseDuringBuildError);
      await expect(openDatabase({ url: 'postgres://nobody@127.0.0.1:1/none' })).rejects.toThrow(/during `next build`/);
      // Nothing was created or locked.
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
