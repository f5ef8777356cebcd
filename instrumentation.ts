/** At server start: open the database (taking the PGlite lock) and apply pending migrations. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getDatabaseHandle } = await import('./db/client');
  await getDatabaseHandle();
}
