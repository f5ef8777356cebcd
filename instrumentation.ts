const SWEEP_EVERY_MS = 15 * 60 * 1000;
const MAIL_EVERY_MS = 60 * 1000;

/**
 * At server start: open the database (taking the PGlite lock) and apply pending
 * migrations; then run the sweeps now and every 15 minutes: obligations (reminders,
 * breaches) and lapsed name reservations. Each is idempotent and takes an advisory lock,
 * so any number of instances may run them. With SMTP_URL set, the e-mail outbox is delivered
 * every minute (each message is claimed by one instance: lib/data/mail-outbox.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getDatabaseHandle } = await import('./db/client');
  const { db } = await getDatabaseHandle();
  if (process.env.ONEWINDOW_SWEEP === 'off') return;
  const { sweepObligations } = await import('./lib/data/obligations');
  const { releaseExpiredReservations } = await import('./lib/data/name-reservations');
  const sweep = async () => {
    await sweepObligations(db).catch((error) => console.error('[sweep] obligations sweep failed', error));
    await releaseExpiredReservations(db).catch((error) => console.error('[sweep] name reservation release failed', error));
  };
  void sweep();
  setInterval(sweep, SWEEP_EVERY_MS).unref();
  if (!process.env.SMTP_URL) return;
  const { deliverConfiguredOutbox } = await import('./lib/data/mail-outbox');
  const deliver = () => deliverConfiguredOutbox(db).catch((error) => console.error('[sweep] e-mail delivery failed', error));
  void deliver();
  setInterval(deliver, MAIL_EVERY_MS).unref();
}
