/**
 * `npm run sweep`: the obligations sweep, the release of lapsed name reservations and the delivery of
 * the e-mail outbox (when SMTP_URL is set), for a scheduler (cron) to run on any instance.
 */
import { openDatabase } from '../db/client';
import { deliverConfiguredOutbox } from '../lib/data/mail-outbox';
import { releaseExpiredReservations } from '../lib/data/name-reservations';
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
    const names = await releaseExpiredReservations(handle.db);
    console.log(
      names.skipped ? 'Another name release is running; nothing done.' : `Released ${names.released} lapsed name reservations.`,
    );
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
