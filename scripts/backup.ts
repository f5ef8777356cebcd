/**
 * `npm run backup -- <folder>`: the database (DATABASE_URL, or the PGlite folder PGLITE_DIR) and
 * the uploaded files it refers to (UPLOAD_DIR; both default under ONEWINDOW_DATA_DIR as for
 * `npm start`) into a new folder, with a manifest. On PostgreSQL it runs beside the server (one
 * consistent snapshot); PGlite allows one process per data folder, so stop the portal first.
 */
import { defaultDataDir, openDatabase } from '../db/client';
import { createBackup, applyDataDirDefaults } from '../lib/backup/backup';
import { defaultUploadDir } from '../lib/storage/local-disk';

async function main() {
  applyDataDirDefaults();
  const [dir, ...rest] = process.argv.slice(2);
  if (!dir || rest.length > 0) {
    console.error('usage: npm run backup -- <new folder>');
    process.exit(2);
  }
  if (process.env.UPLOADTHING_TOKEN) {
    console.warn('UPLOADTHING_TOKEN is set: files kept by UploadThing are not in the backup, only their records.');
  }
  const url = process.env.DATABASE_URL;
  const handle = await openDatabase({ url, migrate: false });
  try {
    const started = Date.now();
    const { manifest } = await createBackup({ handle, uploadDir: defaultUploadDir(), dir });
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
    console.log(
      `Backed up ${url ? 'PostgreSQL (DATABASE_URL)' : `PGlite at ${defaultDataDir()}`} to ${dir}: ` +
        `${rows} rows in ${manifest.tables.length} tables, ${manifest.files.length} files (${(bytes / 1024 / 1024).toFixed(1)} MB), ` +
        `migration ${manifest.migrations.count} (${manifest.migrations.last}) — ${Date.now() - started} ms`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
