/** `npm run stats:verify`: recomputes the dashboard's aggregates from the cases and ratings and reports every difference. */
import { openDatabase } from '../db/client';
import { verifyStats } from '../lib/data/stats';

const SHOWN = 20;

async function main() {
  const handle = await openDatabase({ url: process.env.DATABASE_URL, migrate: false });
  try {
    const reports = await verifyStats(handle.db, SHOWN);
    for (const report of reports) {
      console.log(`${report.table}: ${report.checked} keys checked, ${report.differing} differ`);
      for (const d of report.differences) {
        console.log(`  ${JSON.stringify(d.key)}: expected ${d.expected}, aggregate ${d.actual}`);
      }
      if (report.differing > report.differences.length)
        console.log(`  … and ${report.differing - report.differences.length} more`);
    }
    if (reports.some((r) => r.differing > 0)) {
      console.error(
        'Aggregates differ from the cases: run `npm run stats:rebuild`, and find the write that bypassed the triggers.',
      );
      process.exitCode = 1;
    } else {
      console.log('Aggregates match the cases and ratings.');
    }
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
