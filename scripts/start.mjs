#!/usr/bin/env node
// `npm start`: the whole portal on this machine in one command. Builds when the sources
// are newer than the last build, prepares the database (migrations + demo data, printing
// the demo accounts), then runs the production server on PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const NEXT = 'node_modules/next/dist/bin/next';
const TSX = 'node_modules/tsx/dist/cli.mjs';
const PORT = process.env.PORT ?? '3000';
const DATA_DIR = path.resolve(process.env.ONEWINDOW_DATA_DIR ?? 'data');
const SOURCES = [
  'app',
  'components',
  'lib',
  'db',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.js',
  'package-lock.json',
  'postcss.config.mjs',
];
const BUILD_STAMP = '.next/onewindow-build-stamp';

function fail(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

function run(args, env, label) {
  const result = spawnSync(process.execPath, args, { env, stdio: 'inherit' });
  if (result.status !== 0) fail(`${label} failed — see the messages above.`);
}

/** Embedded mode keeps a generated secret in the data folder; a real deployment must set its own. */
function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.DATABASE_URL) {
    fail(
      'AUTH_SECRET is required when DATABASE_URL is set (every instance must share it). Generate one with: openssl rand -base64 33',
    );
  }
  const file = path.join(DATA_DIR, 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(33).toString('base64'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  AUTH_SECRET: authSecret(),
  // Behind `next start` Auth.js trusts no host unless told; set AUTH_URL to pin one instead.
  AUTH_TRUST_HOST: process.env.AUTH_URL ? process.env.AUTH_TRUST_HOST : (process.env.AUTH_TRUST_HOST ?? 'true'),
  PGLITE_DIR: path.resolve(process.env.PGLITE_DIR ?? path.join(DATA_DIR, 'pglite')),
  UPLOAD_DIR: path.resolve(process.env.UPLOAD_DIR ?? path.join(DATA_DIR, 'uploads')),
};

const sourceStamp = String(Math.max(...SOURCES.map(newestMtime)));
const built =
  fs.existsSync('.next/BUILD_ID') && fs.existsSync(BUILD_STAMP) && fs.readFileSync(BUILD_STAMP, 'utf8') === sourceStamp;
if (!built) {
  console.log('Building the portal (the first start takes a minute or two)…');
  const started = Date.now();
  // The type check belongs to `npm test` (its static stage runs tsc); starting need not repeat it.
  run([NEXT, 'build'], { ...env, ONEWINDOW_BUILD_SKIPS_TYPECHECK: '1' }, 'next build');
  fs.writeFileSync(BUILD_STAMP, sourceStamp);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

run([TSX, '--conditions=react-server', 'scripts/prepare-db.ts'], env, 'Preparing the database');

const server = spawn(process.execPath, [NEXT, 'start', '-p', PORT], { env, stdio: ['inherit', 'pipe', 'inherit'] });
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (String(chunk).includes('Ready')) {
    console.log(`\nOneWindow is up: http://localhost:${PORT}  (Ctrl+C stops it)\n`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
