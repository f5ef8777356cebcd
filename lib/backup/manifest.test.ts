import { describe, expect, it } from 'vitest';
import {
  codeMigrationLevel,
  compareCounts,
  databaseMigrationLevel,
  dependencyOrder,
  MANIFEST_FORMAT,
  migrationMismatch,
  parseManifest,
} from './manifest';

const journal = {
  entries: [
    { tag: '0000_foundation', when: 100 },
    { tag: '0001_audit', when: 200 },
  ],
};

describe('dependencyOrder', () => {
  it('puts every table after the tables it references, alphabetically among equals', () => {
    const order = dependencyOrder(
      ['cases', 'users', 'departments', 'case_materials', 'stored_files'],
      [
        { from: 'cases', to: 'users' },
        { from: 'users', to: 'departments' },
        { from: 'case_materials', to: 'cases' },
        { from: 'case_materials', to: 'stored_files' },
        { from: 'stored_files', to: 'users' },
      ],
    );
    expect(order).toEqual(['departments', 'users', 'cases', 'stored_files', 'case_materials']);
  });

  it('ignores self-references and keys to tables outside the list', () => {
    expect(
      dependencyOrder(
        ['b', 'a'],
        [
          { from: 'a', to: 'a' },
          { from: 'b', to: 'elsewhere' },
        ],
      ),
    ).toEqual(['a', 'b']);
  });

  it('refuses a cycle, naming the tables in it', () => {
    expect(() =>
      dependencyOrder(
        ['a', 'b', 'c'],
        [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'a' },
        ],
      ),
    ).toThrow('cycle among: a, b');
  });
});

describe('compareCounts', () => {
  it('lists the tables whose counts differ, a missing table counting as empty', () => {
    expect(compareCounts({ users: 3, cases: 2, notes: 0 }, { users: 3, cases: 1, extra: 4 })).toEqual([
      { table: 'cases', expected: 2, actual: 1 },
      { table: 'extra', expected: 0, actual: 4 },
    ]);
    expect(compareCounts({ users: 3 }, { users: 3 })).toEqual([]);
  });
});

describe('migration levels', () => {
  it('reads the code level from the journal and the database level from the applied timestamps', () => {
    expect(codeMigrationLevel(journal)).toEqual({ count: 2, last: '0001_audit' });
    expect(databaseMigrationLevel(journal, [100, 200])).toEqual({ count: 2, last: '0001_audit' });
    expect(databaseMigrationLevel(journal, [])).toEqual({ count: 0, last: null });
    expect(databaseMigrationLevel(journal, [100, 300])).toEqual({ count: 2, last: 'unknown migration of 300' });
  });

  it('allows a restore only at the same level', () => {
    expect(migrationMismatch({ count: 2, last: '0001_audit' }, codeMigrationLevel(journal))).toBeNull();
    expect(migrationMismatch({ count: 1, last: '0000_foundation' }, codeMigrationLevel(journal))).toMatch(
      /backup is at migration 1 \(0000_foundation\) but this code is at 2 \(0001_audit\)/,
    );
  });
});

describe('parseManifest', () => {
  const manifest = {
    format: MANIFEST_FORMAT,
    createdAt: '2026-11-27T20:00:00.000Z',
    source: 'pg',
    migrations: { count: 2, last: '0001_audit' },
    tables: [{ name: 'users', file: 'tables/users.ndjson', rows: 3, sha256: 'a'.repeat(64) }],
    sequences: [{ name: 'credit_code_seq', value: '6' }],
    files: [{ path: 'ab/ab12.pdf', bytes: 10, sha256: 'b'.repeat(64) }],
  };

  it('reads a valid manifest', () => {
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
  });

  it('refuses text that is not JSON or not a manifest, saying where', () => {
    expect(() => parseManifest('{"format"')).toThrow('not JSON');
    expect(() => parseManifest(JSON.stringify({ ...manifest, format: 'other' }))).toThrow('(format:');
    expect(() => parseManifest(JSON.stringify({ ...manifest, files: [{ path: 'x', bytes: 1, sha256: 'short' }] }))).toThrow(
      'files.0.sha256',
    );
  });
});
