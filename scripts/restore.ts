/**
 * `npm run restore -- <folder> [--force]`: a backup into the database (DATABASE_URL, or the
 * PGlite folder PGLITE_DIR) and the upload folder (UPLOAD_DIR). The target is migrated first and
 * must be empty unless --force, which replaces what is there. Ends by checking the row counts
 * against the manifest, every file's hash and the audit chain.
 */
import { defaultDataDir, openDatabase } from '../db/client';
import { restoreBackup, applyDataDirDefaults } from '../lib/backup/backup';
import { defaultUploadDir } from '../lib/storage/local-disk';

async function main() {
  applyDataDirDefaults();
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const [dir, ...rest] = args.filter((a) => a !== '--force');
  if (!dir || rest.length > 0) {
    console.error('usage: npm run restore -- <backup folder> [--force]');
    process.exit(2);
  }
  const url = process.env.DATABASE_URL;
  const handle = await openDatabase({ url, migrate: true });
  try {
    const started = Date.now();
    const report = await restoreBackup({ handle, uploadDir: defaultUploadDir(), dir, force });
    const rows = Object.values(report.counts).reduce((sum, n) => sum + n, 0);
    console.log(
      `Restored ${dir} into ${url ? 'PostgreSQL (DATABASE_URL)' : `PGlite at ${defaultDataDir()}`}: ` +
        `${rows} rows in ${Object.keys(report.counts).length} tables, ${report.files.restored} files — ${Date.now() - started} ms`,
    );
    for (const m of report.mismatches) console.error(`  ${m.table}: ${m.actual} rows, the backup has ${m.expected}`);
    for (const f of report.files.hashMismatches) console.error(`  ${f}: content differs from the backup`);
    if (report.audit.ok) console.log(`Audit chain intact: ${report.audit.checked} events verified.`);
    else console.error(`Audit chain BROKEN at event #${report.audit.firstBreak.seq} (${report.audit.firstBreak.reason}).`);
    if (report.mismatches.length > 0 || report.files.hashMismatches.length > 0 || !report.audit.ok) process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
