import { createHash, randomUUID } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { migrationsFolder, type DatabaseHandle, type Executor } from '@/db/client';
import { verifyAuditChain } from '@/lib/data/audit';
import type { ChainVerdict } from '@/lib/domain/audit-chain';
import {
  codeMigrationLevel,
  compareCounts,
  databaseMigrationLevel,
  dependencyOrder,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  migrationMismatch,
  parseManifest,
  type CountMismatch,
  type Manifest,
} from './manifest';

/**
 * `npm run backup` / `npm run restore`: the database and the uploaded files together. The
 * database is dumped logically through the driver — every table of the public schema as JSON
 * rows read in one repeatable-read snapshot, plus the sequences — so one format serves PGlite
 * and PostgreSQL alike and a backup of either restores into either.
 */

const PAGE_ROWS = 2_000;
const INSERT_BATCH_BYTES = 4 * 1024 * 1024;

type Row = Record<string, unknown>;

async function query<T extends Row>(db: Executor, statement: SQL): Promise<T[]> {
  return ((await db.execute(statement)) as unknown as { rows: T[] }).rows;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

async function readJournal() {
  return JSON.parse(await readFile(path.join(migrationsFolder(), 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
}

async function tablesInOrder(db: Executor): Promise<string[]> {
  const tables = await query<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition`,
  );
  const keys = await query<{ from: string; to: string }>(
    db,
    sql`select c.conrelid::regclass::text as "from", c.confrelid::regclass::text as "to"
        from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
  );
  return dependencyOrder(
    tables.map((t) => t.name),
    keys,
  );
}

async function countRows(db: Executor, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await query<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
    counts[table] = Number(row.n);
  }
  return counts;
}

/** Files under the upload folder, relative paths; half-written `*.tmp` files of an upload in flight are not files yet. */
async function uploadedFiles(root: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile() && !e.name.endsWith('.tmp'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

async function assertEmptyFolder(dir: string) {
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length > 0) throw new Error(`${dir} is not empty: back up into a new folder`);
}

/** The database to back up or restore into. */
export type Source = Pick<DatabaseHandle, 'db' | 'driver'>;

export type BackupReport = { dir: string; manifest: Manifest };

export async function createBackup(options: { handle: Source; uploadDir: string; dir: string }): Promise<BackupReport> {
  const { handle, uploadDir } = options;
  const dir = path.resolve(options.dir);
  await assertEmptyFolder(dir);
  await mkdir(path.join(dir, 'tables'));
  const journal = await readJournal();

  const snapshot = await handle.db.transaction(
    async (tx) => {
      const tables: Manifest['tables'] = [];
      for (const name of await tablesInOrder(tx)) {
        const file = `tables/${name}.ndjson`;
        const hash = createHash('sha256');
        let rows = 0;
        // Paged by physical position: stable within the snapshot, and memory stays flat.
        let after = '(0,0)';
        for (;;) {
          const page = await query<{ at: string; row: string }>(
            tx,
            sql`select ctid::text as at, row_to_json(t)::text as row from ${sql.identifier(name)} t
                where ctid > ${after}::tid order by ctid limit ${PAGE_ROWS}`,
          );
          if (page.length === 0) break;
          const text = page.map((r) => `${r.row}\n`).join('');
          hash.update(text);
          await appendFile(path.join(dir, file), text);
          rows += page.length;
          after = page[page.length - 1].at;
        }
        if (rows === 0) await writeFile(path.join(dir, file), '');
        tables.push({ name, file, rows, sha256: hash.digest('hex') });
      }
      const sequences = await query<{ name: string; value: string }>(
        tx,
        sql`select format('%I', sequencename) as name, last_value::text as value from pg_sequences
            where schemaname = 'public' and last_value is not null order by 1`,
      );
      const applied = await query<{ at: string }>(tx, sql`select created_at::text as at from drizzle.__drizzle_migrations`);
      // Files the snapshot refers to: each was on disk before its row committed.
      const referenced = await query<{ key: string; sha256: string }>(
        tx,
        sql`select key, sha256 from stored_files where storage = 'local'`,
      );
      return {
        tables,
        sequences,
        migrations: databaseMigrationLevel(
          journal,
          applied.map((a) => Number(a.at)),
        ),
        referenced,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );

  // The files the snapshot refers to, found where the storage put them; each was on disk before
  // its row committed. Files no row names (an upload in flight, one orphaned) are left out.
  const wanted = new Map(snapshot.referenced.map((r) => [r.key, r.sha256]));
  const files: Manifest['files'] = [];
  for (const relative of await uploadedFiles(uploadDir)) {
    const expected = wanted.get(path.basename(relative));
    if (expected === undefined) continue;
    const bytes = await readFile(path.join(uploadDir, relative));
    if (sha256(bytes) !== expected) continue;
    const target = path.join(dir, 'files', relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
    files.push({ path: relative, bytes: bytes.byteLength, sha256: expected });
    wanted.delete(path.basename(relative));
  }
  if (wanted.size > 0) {
    throw new Error(
      `${wanted.size} stored file(s) the database refers to are missing or changed in ${uploadDir} ` +
        `(first: ${[...wanted.keys()][0]}); the backup in ${dir} is incomplete`,
    );
  }

  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    createdAt: new Date().toISOString(),
    source: handle.driver,
    migrations: snapshot.migrations,
    tables: snapshot.tables,
    sequences: snapshot.sequences,
    files,
  };
  // Written last and renamed into place: a folder with a manifest is a finished backup.
  const temp = path.join(dir, `${MANIFEST_FILE}.${randomUUID()}.tmp`);
  await writeFile(temp, JSON.stringify(manifest, null, 2));
  await rename(temp, path.join(dir, MANIFEST_FILE));
  return { dir, manifest };
}

/**
 * `npm start` keeps the embedded database and the uploads under ONEWINDOW_DATA_DIR; the backup
 * scripts find them there too unless PGLITE_DIR / UPLOAD_DIR say otherwise.
 */
export function applyDataDirDefaults(env: Record<string, string | undefined> = process.env) {
  const dataDir = env.ONEWINDOW_DATA_DIR;
  if (!dataDir) return;
  env.PGLITE_DIR ??= path.join(dataDir, 'pglite');
  env.UPLOAD_DIR ??= path.join(dataDir, 'uploads');
}

/** Reads the manifest and checks every table dump and file in the folder against it. */
export async function readBackup(dir: string): Promise<Manifest> {
  const manifest = parseManifest(await readFile(path.join(dir, MANIFEST_FILE), 'utf8'));
  const damaged: string[] = [];
  for (const entry of [
    ...manifest.tables.map((t) => ({ file: t.file, sha256: t.sha256 })),
    ...manifest.files.map((f) => ({ file: path.join('files', f.path), sha256: f.sha256 })),
  ]) {
    const bytes = await readFile(path.join(dir, entry.file)).catch(() => null);
    if (!bytes || sha256(bytes) !== entry.sha256) damaged.push(entry.file);
  }
  if (damaged.length > 0) {
    throw new Error(`${damaged.length} file(s) of the backup are missing or damaged (first: ${damaged[0]})`);
  }
  return manifest;
}

export type RestoreReport = {
  counts: Record<string, number>;
  mismatches: CountMismatch[];
  files: { restored: number; hashMismatches: string[] };
  audit: ChainVerdict;
};

async function loadTable(tx: Executor, dir: string, table: Manifest['tables'][number]) {
  const columns = await query<{ name: string }>(
    tx,
    sql`select column_name as name from information_schema.columns
        where table_schema = 'public' and table_name = ${table.name} and is_generated = 'NEVER' order by ordinal_position`,
  );
  const list = sql.join(
    columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  const target = sql.identifier(table.name);
  const insert = (lines: string[]) =>
    tx.execute(
      sql`insert into ${target} (${list}) overriding system value
          select ${list} from json_populate_recordset(null::${target}, ${`[${lines.join(',')}]`}::json)`,
    );
  const text = await readFile(path.join(dir, table.file), 'utf8');
  let batch: string[] = [];
  let bytes = 0;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    batch.push(line);
    bytes += line.length;
    if (bytes >= INSERT_BATCH_BYTES || batch.length >= PAGE_ROWS) {
      await insert(batch);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) await insert(batch);
}

/**
 * Restores a backup into the database of `handle` (migrated to the code's level first) and the
 * upload folder. Refuses a target holding any row or file unless `force`, which empties both.
 */
export async function restoreBackup(options: {
  handle: Source;
  uploadDir: string;
  dir: string;
  force?: boolean;
}): Promise<RestoreReport> {
  const { handle, uploadDir, force = false } = options;
  const dir = path.resolve(options.dir);
  const manifest = await readBackup(dir);
  const mismatch = migrationMismatch(manifest.migrations, codeMigrationLevel(await readJournal()));
  if (mismatch) throw new Error(`Cannot restore: ${mismatch}`);

  const db = handle.db;
  const targetTables = await tablesInOrder(db);
  const unknown = manifest.tables.filter((t) => !targetTables.includes(t.name));
  if (unknown.length > 0) throw new Error(`Cannot restore: the target has no table ${unknown[0].name}`);
  const before = await countRows(db, targetTables);
  const rowsThere = Object.values(before).reduce((a, b) => a + b, 0);
  const filesThere = (await uploadedFiles(uploadDir)).length;
  if ((rowsThere > 0 || filesThere > 0) && !force) {
    throw new Error(
      `The target is not empty (${rowsThere} rows, ${filesThere} files in ${uploadDir}); ` +
        'restore into a new database and an empty upload folder, or pass --force to replace what is there',
    );
  }

  await db.transaction(async (tx) => {
    if (rowsThere > 0) {
      await tx.execute(
        sql`truncate ${sql.join(
          targetTables.map((t) => sql.identifier(t)),
          sql`, `,
        )} cascade`,
      );
    }
    // The rows come back as they were: the triggers that derive rows (dashboard figures, search
    // text) or guard them (the append-only audit trail) stay off while loading; the foreign keys
    // stay on, satisfied by the order.
    for (const t of manifest.tables) await tx.execute(sql`alter table ${sql.identifier(t.name)} disable trigger user`);
    for (const t of manifest.tables) await loadTable(tx, dir, t);
    for (const s of manifest.sequences) await tx.execute(sql`select setval(${s.name}, ${s.value}::bigint, true)`);
    for (const t of manifest.tables) await tx.execute(sql`alter table ${sql.identifier(t.name)} enable trigger user`);
  });

  if (filesThere > 0) await rm(uploadDir, { recursive: true, force: true });
  for (const file of manifest.files) {
    const target = path.join(uploadDir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomUUID()}.tmp`;
    await writeFile(temp, await readFile(path.join(dir, 'files', file.path)), { mode: 0o600 });
    await rename(temp, target);
  }

  const counts = await countRows(db, targetTables);
  const hashMismatches: string[] = [];
  for (const file of manifest.files) {
    const bytes = await readFile(path.join(uploadDir, file.path)).catch(() => null);
    if (!bytes || sha256(bytes) !== file.sha256) hashMismatches.push(file.path);
  }
  return {
    counts,
    mismatches: compareCounts(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows])), counts),
    files: { restored: manifest.files.length, hashMismatches },
    audit: await verifyAuditChain(db),
  };
}
