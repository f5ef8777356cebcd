/** `npm run sweep`: the obligations sweep, for a scheduler (cron) to run on any one instance. */
import { openDatabase } from '../db/client';
import { sweepObligations } from '../lib/data/obligations';

async function main() {
  const handle = await openDatabase({ url: process.env.DATABASE_URL, migrate: false });
  try {
    const report = await sweepObligations(handle.db);
    console.log(
      report.skipped
        ? 'Another sweep is running; nothing done.'
        : `Reminded ${report.reminded}, marked ${report.breached} breached.`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
