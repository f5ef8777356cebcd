const SWEEP_EVERY_MS = 15 * 60 * 1000;

/**
 * At server start: open the database (taking the PGlite lock) and apply pending
 * migrations; then run the obligations sweep now and every 15 minutes. The sweep is
 * idempotent and takes an advisory lock, so any number of instances may run it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getDatabaseHandle } = await import('./db/client');
  const { db } = await getDatabaseHandle();
  if (process.env.ONEWINDOW_SWEEP === 'off') return;
  const { sweepObligations } = await import('./lib/data/obligations');
  const sweep = () => sweepObligations(db).catch((error) => console.error('[sweep] obligations sweep failed', error));
  void sweep();
  setInterval(sweep, SWEEP_EVERY_MS).unref();
}
