// What the crash test and the two-instance test share: a fresh PostgreSQL database with the
// demo data, production servers on it, signing in, and calling server actions over HTTP the
// way the browser does.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NEXT = 'node_modules/next/dist/bin/next';
const TSX = 'node_modules/tsx/dist/cli.mjs';
export const DEMO_PASSWORD = 'OneWindow-2026';
// A fixed secret for tests only, shared by every instance a test starts.
const AUTH_SECRET = 'ops-test-only-secret-not-for-production-0123456789';

/** Builds when there is no production build; the test pipeline's build stage leaves one. */
export function ensureBuild() {
  if (fs.existsSync(path.join(ROOT, '.next/BUILD_ID'))) return;
  console.log('no production build found: running next build');
  run([NEXT, 'build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, 'next build');
}

function run(args, env, label) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${label} failed (${result.signal ?? `exit ${result.status}`})`);
}

/** Runs a tsx script of the project with the given environment; resolves with its exit code and output. */
export function runScript(script, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TSX, '--conditions=react-server', script], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('exit', (code) => resolve({ code, output: output.trim() }));
  });
}

/** A new database on the server of TEST_DATABASE_URL, migrated and seeded; `drop()` removes it. */
export async function freshDatabase(prefix) {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is required (a PostgreSQL server where databases may be created)');
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const onServer = async (statement) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await onServer(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const drop = () => onServer(`drop database if exists ${name} with (force)`);
  const prepared = await runScript('scripts/prepare-db.ts', { DATABASE_URL: url.toString(), ONEWINDOW_QUIET_ACCOUNTS: '1' });
  if (prepared.code !== 0) {
    await drop();
    throw new Error(`preparing the database failed:\n${prepared.output}`);
  }
  return { name, url: url.toString(), drop };
}

/** Runs `fn` with a pg client on `url`. */
export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * `next start` on `port` against `databaseUrl` and `uploadDir`; resolves once /api/health
 * answers (`env` adds to its environment). `kill(signal)` stops it and resolves when it has exited.
 */
export async function startServer({ port, databaseUrl, uploadDir, label = `server :${port}`, env: extra = {} }) {
  const env = {
    ...process.env,
    ...extra,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    AUTH_SECRET,
    AUTH_TRUST_HOST: 'true',
    DATABASE_URL: databaseUrl,
    UPLOAD_DIR: uploadDir,
  };
  delete env.UPLOADTHING_TOKEN;
  const child = spawn(process.execPath, [NEXT, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk) => (log = (log + chunk).slice(-8_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${label} stopped before it was healthy:\n${log}`);
    try {
      const res = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${label} did not answer /api/health within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    pid: child.pid,
    log: () => log,
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Signs in through Auth.js's credentials endpoint, as the sign-in form does; returns the cookie header. */
export async function signIn(origin, email, password = DEMO_PASSWORD) {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const res = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: origin }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter((c) => c.includes('session-token'));
  if (!session.length) throw new Error(`could not sign in as ${email} (status ${res.status})`);
  return [...jar, ...session].join('; ');
}

/**
 * The server actions of the build by exported name, with a page that serves each: the
 * browser posts an action to the page it is on, with the action's id in `Next-Action`.
 * An action several pages serve is posted to an applicant's page (not under /desk or /admin),
 * which the applicants these scripts sign in as may open.
 */
export function serverActions() {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8'));
  const actions = new Map();
  const staffPage = (page) => /^app\/(desk|admin|dashboard)\//.test(page);
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.exportedName) continue;
    const pages = Object.keys(entry.workers).filter((w) => w.startsWith('app/') && w.endsWith('/page'));
    const page = pages.find((w) => !staffPage(w)) ?? pages[0];
    actions.set(entry.exportedName, { id, page });
  }
  return actions;
}

/** A page path of the build turned into a URL path: route groups dropped, dynamic segments filled with `fill`. */
export function pagePath(page, fill) {
  const segments = page
    .replace(/^app/, '')
    .replace(/\/page$/, '')
    .split('/')
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (s.startsWith('[') ? fill : s));
  return `/${segments.join('/')}`;
}
