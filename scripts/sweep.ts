/**
 * `npm run sweep`: the obligations sweep, the release of lapsed name reservations, the removal of files a crash
 * left and the delivery of the e-mail outbox (when SMTP_URL is set), for a scheduler (cron) to run on any instance.
 */
import { openDatabase, statementTimeoutMs } from '../db/client';
import { deliverConfiguredOutbox } from '../lib/data/mail-outbox';
import { releaseExpiredReservations } from '../lib/data/name-reservations';
import { sweepObligations } from '../lib/data/obligations';
import { sweepOrphanedFiles } from '../lib/data/files';

async function main() {
  const handle = await openDatabase({
    url: process.env.DATABASE_URL,
    migrate: false,
    statementTimeoutMs: statementTimeoutMs('job'),
  });
  try {
    const report = await sweepObligations(handle.db);
    console.log(
      report.skipped
        ? 'Another sweep is running; nothing done.'
        : `Reminded ${report.reminded}, marked ${report.breached} breached.`,
    );
    const names = await releaseExpiredReservations(handle.db);
    console.log(
      names.skipped ? 'Another name release is running; nothing done.' : `Released ${names.released} lapsed name reservations.`,
    );
    console.log(`Removed ${(await sweepOrphanedFiles(handle.db)).removed} uploaded files left without a record.`);
    const mail = await deliverConfiguredOutbox(handle.db);
    console.log(
      mail
        ? `E-mail: ${mail.sent} sent, ${mail.retrying} to retry, ${mail.failed} given up.`
        : 'E-mail: SMTP_URL is not set; messages stay in the outbox.',
    );
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
