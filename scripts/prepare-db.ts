/**
 * Applies migrations and loads the demo data, then prints the demo accounts.
 * Runs before the server starts (PGlite allows one process per data folder, so this
 * process opens it, finishes and closes it before `next start` opens it again).
 */
import { installDatabaseHandle, openDatabase, defaultDataDir } from '../db/client';
import { seedDemoData } from '../db/seed';

async function main() {
  const url = process.env.DATABASE_URL;
  const started = Date.now();
  const handle = await openDatabase({ url, migrate: true });
  // The demo cases go through the data layer, which uses the process database.
  installDatabaseHandle(handle);
  try {
    const report = await seedDemoData(handle.db);
    const where = url ? 'PostgreSQL (DATABASE_URL)' : `PGlite at ${defaultDataDir()}`;
    const added = Object.entries(report.inserted)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ');
    console.log(`Database ready: ${where} — ${added || 'demo data already present'} (${Date.now() - started} ms)`);
    if (process.env.ONEWINDOW_QUIET_ACCOUNTS) return;
    console.log(`\nDemo accounts (password for all: ${report.demoPassword})`);
    for (const u of report.demoUsers) console.log(`  ${u.roles.join('+').padEnd(10)} ${u.email.padEnd(28)} ${u.name}`);
    console.log('');
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
