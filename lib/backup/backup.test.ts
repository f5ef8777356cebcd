import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDataDirDefaults } from './backup';

describe('applyDataDirDefaults', () => {
  it('points the database and uploads under ONEWINDOW_DATA_DIR, as npm start does', () => {
    const env: Record<string, string | undefined> = { ONEWINDOW_DATA_DIR: '/srv/ow' };
    applyDataDirDefaults(env);
    expect(env).toMatchObject({ PGLITE_DIR: path.join('/srv/ow', 'pglite'), UPLOAD_DIR: path.join('/srv/ow', 'uploads') });
  });

  it('leaves folders that are set, and everything when no data folder is given', () => {
    const env: Record<string, string | undefined> = { ONEWINDOW_DATA_DIR: '/srv/ow', UPLOAD_DIR: '/mnt/files' };
    applyDataDirDefaults(env);
    expect(env.UPLOAD_DIR).toBe('/mnt/files');
    const bare: Record<string, string | undefined> = {};
    applyDataDirDefaults(bare);
    expect(bare).toEqual({});
  });
});
