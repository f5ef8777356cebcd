/** `npm run stats:rebuild`: replaces the dashboard's aggregates by their recomputation from the cases and ratings. */
import { openDatabase } from '../db/client';
import { rebuildStats } from '../lib/data/stats';

async function main() {
  const handle = await openDatabase({ url: process.env.DATABASE_URL, migrate: false });
  try {
    const started = Date.now();
    const written = await rebuildStats(handle.db);
    for (const [table, rows] of Object.entries(written)) console.log(`${table}: ${rows} rows`);
    console.log(`Aggregates rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
