/** `npm run audit:verify`: walks the audit chain and reports the first broken link. */
import { openDatabase } from '../db/client';
import { verifyAuditChain } from '../lib/data/audit';

async function main() {
  const handle = await openDatabase({ url: process.env.DATABASE_URL, migrate: false });
  try {
    const verdict = await verifyAuditChain(handle.db);
    if (verdict.ok) {
      console.log(`Audit chain intact: ${verdict.checked} events verified, head ${verdict.lastHash.slice(0, 16)}…`);
      return;
    }
    console.error(
      `Audit chain BROKEN at event #${verdict.firstBreak.seq} (${verdict.firstBreak.reason}); ${verdict.checked} events before it verified.`,
    );
    process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
