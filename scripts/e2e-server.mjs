#!/usr/bin/env node
// Playwright's webServer: a fresh seeded embedded database, then `next start` on E2E_PORT (3100).
// The database is reset here, before the server starts, because only one process may
// ever open a PGlite folder (shared/STACK.md §4–5).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

// E2E_PORT lets several checkouts run their suites side by side.
const PORT = process.env.E2E_PORT ?? '3100';
const NEXT = 'node_modules/next/dist/bin/next';
const TSX = 'node_modules/tsx/dist/cli.mjs';
const PGLITE_DIR = path.join(ROOT, 'data/e2e-pglite');
const UPLOAD_DIR = path.join(ROOT, 'data/e2e-uploads');

const env = {
  ...process.env,
  PORT,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  // A fixed secret for tests only; 48 characters.
  AUTH_SECRET: 'e2e-only-secret-not-for-production-0123456789abc',
  AUTH_TRUST_HOST: 'true',
  PGLITE_DIR,
  UPLOAD_DIR,
};
// The e2e suite always runs on its own embedded database.
delete env.DATABASE_URL;

function runOrExit(args, label) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit', shell: false });
  if (result.status !== 0) {
    console.error(`[e2e-server] ${label} failed (${result.signal ?? `exit ${result.status}`})`);
    process.exit(result.status || 1);
  }
}

fs.rmSync(PGLITE_DIR, { recursive: true, force: true });
fs.rmSync(UPLOAD_DIR, { recursive: true, force: true });
fs.mkdirSync(UPLOAD_DIR, { recursive: true });

if (!fs.existsSync(path.join(ROOT, '.next/BUILD_ID'))) {
  console.log('[e2e-server] no production build found: running next build');
  runOrExit([NEXT, 'build'], 'next build');
}

console.log(`[e2e-server] preparing database in ${PGLITE_DIR}`);
runOrExit([TSX, '--conditions=react-server', 'scripts/prepare-db.ts'], 'scripts/prepare-db.ts');

const server = spawn(process.execPath, [NEXT, 'start', '-p', PORT, '-H', '127.0.0.1'], {
  cwd: ROOT,
  env,
  stdio: 'inherit',
  shell: false,
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal);
  });
}

server.on('error', (error) => {
  console.error('[e2e-server] could not start next:', error);
  process.exit(1);
});
server.on('exit', (code, signal) => {
  process.exit(code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1));
});
