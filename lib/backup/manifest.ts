import { z } from 'zod';

/**
 * What a backup folder holds and how to check it: written last by `npm run backup`, read
 * first by `npm run restore`, so a folder without a valid manifest is an unfinished backup.
 */
export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 'onewindow-backup/1';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  createdAt: z.string(),
  source: z.enum(['pglite', 'pg']),
  /** Migrations applied to the database backed up: a restore needs the code at the same level. */
  migrations: z.object({ count: z.number().int().nonnegative(), last: z.string().nullable() }),
  /** In restore order (a table after every table it references); one NDJSON file each. */
  tables: z.array(z.object({ name: z.string(), file: z.string(), rows: z.number().int().nonnegative(), sha256 })),
  sequences: z.array(z.object({ name: z.string(), value: z.string() })),
  /** Uploaded files, by path relative to the upload folder. */
  files: z.array(z.object({ path: z.string(), bytes: z.number().int().nonnegative(), sha256 })),
});

export type Manifest = z.infer<typeof manifestSchema>;

export function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${MANIFEST_FILE} is not JSON: the backup is incomplete or damaged`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${MANIFEST_FILE} is not a OneWindow backup manifest (${issue.path.join('.') || 'root'}: ${issue.message})`);
  }
  return parsed.data;
}

export type ForeignKey = { from: string; to: string };

/**
 * Orders tables so each comes after the tables its foreign keys point at, alphabetically among
 * equals so two backups of the same schema list them alike. A self-reference is no constraint
 * on the order; a cycle cannot be loaded row by row and is refused.
 */
export function dependencyOrder(tables: string[], foreignKeys: ForeignKey[]): string[] {
  const known = new Set(tables);
  const needs = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { from, to } of foreignKeys) {
    if (from !== to && known.has(from) && known.has(to)) needs.get(from)!.add(to);
  }
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t) && [...needs.get(t)!].every((n) => placed.has(n))).sort();
    if (ready.length === 0) {
      const left = tables.filter((t) => !placed.has(t)).sort();
      throw new Error(`Foreign keys form a cycle among: ${left.join(', ')}`);
    }
    for (const t of ready) {
      order.push(t);
      placed.add(t);
    }
  }
  return order;
}

export type CountMismatch = { table: string; expected: number; actual: number };

/** Tables whose row count differs from the manifest's (a table missing on either side counts as 0 rows). */
export function compareCounts(expected: Record<string, number>, actual: Record<string, number>): CountMismatch[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names
    .map((table) => ({ table, expected: expected[table] ?? 0, actual: actual[table] ?? 0 }))
    .filter((m) => m.expected !== m.actual);
}

type Journal = { entries: { tag: string; when: number }[] };

/** The migration level of the code, from drizzle's journal. */
export function codeMigrationLevel(journal: Journal): Manifest['migrations'] {
  return { count: journal.entries.length, last: journal.entries.at(-1)?.tag ?? null };
}

/**
 * The migration level of a database, from the `created_at` drizzle records per applied
 * migration (the journal's `when`), named by the journal's tag when the code knows it.
 */
export function databaseMigrationLevel(journal: Journal, applied: number[]): Manifest['migrations'] {
  if (applied.length === 0) return { count: 0, last: null };
  const newest = Math.max(...applied);
  return { count: applied.length, last: journal.entries.find((e) => e.when === newest)?.tag ?? `unknown migration of ${newest}` };
}

/** Why a backup cannot be restored by this code, or null when it can. */
export function migrationMismatch(backup: Manifest['migrations'], code: Manifest['migrations']): string | null {
  if (backup.count === code.count && backup.last === code.last) return null;
  return (
    `the backup is at migration ${backup.count} (${backup.last ?? 'none'}) but this code is at ${code.count} (${code.last ?? 'none'}): ` +
    'restore with the version of OneWindow that made the backup, then upgrade'
  );
}
