#!/usr/bin/env node
// `npm run bench`: HTTP throughput and latency of the production server, on loopback only.
//
//   node scripts/bench.mjs [--no-build] [--no-prepare] [--duration 10] [--connections 16]
//                          [--warmup 0] [--only /path[,/path…]]…
//
// Each target gets 50 warm-up requests; --warmup S adds S seconds of load at full
// concurrency first, so V8 has optimised the path (a cold name check runs at half speed
// for its first ~30 s).
//
// Database: a fresh embedded PGlite in data/bench-pglite (migrated and seeded by
// scripts/prepare-db.ts), or BENCH_DATABASE_URL (PostgreSQL) when set; that database is
// prepared with the same script unless --no-prepare is given.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * What is measured, in order. `baseline` names the reference each row is compared with:
 * 'api' → the bare JSON route, 'page' → the bare server-rendered page.
 * A target with `method: 'POST'` sends `body` as JSON.
 * @type {{ path: string, label: string, baseline: 'api' | 'page', method?: 'GET' | 'POST', body?: unknown }[]}
 */
export const TARGETS = [
  { path: '/api/health', label: 'baseline API (bare JSON route)', baseline: 'api' },
  { path: '/status', label: 'baseline page (bare SSR page)', baseline: 'page' },
  { path: '/', label: 'home page', baseline: 'page' },
  { path: '/services/XC-SL-002', label: 'service guide page', baseline: 'page' },
  { path: '/api/v1/services', label: 'services API', baseline: 'api' },
  // Signed in as the demo clerk; `resolve` finds the real URL once the server is up.
  { path: '/desk', label: 'intake queue, first page', baseline: 'page', as: 'clerk@onewindow.test' },
  {
    path: '/desk?after=…',
    label: 'intake queue, deep page',
    baseline: 'page',
    as: 'clerk@onewindow.test',
    resolve: deepQueuePage,
  },
  { path: '/desk/cases/…', label: 'staff case page', baseline: 'page', as: 'clerk@onewindow.test', resolve: someCasePage },
  { path: '/api/v1/desk/queue', label: 'queue API, first page', baseline: 'api', as: 'clerk@onewindow.test' },
  {
    path: '/api/v1/desk/queue?after=…',
    label: 'queue API, deep page',
    baseline: 'api',
    as: 'clerk@onewindow.test',
    resolve: deepQueueApiPage,
  },
  {
    path: '/dashboard?from=…',
    label: 'manager dashboard, one department, 90 days',
    baseline: 'page',
    as: 'manager@onewindow.test',
    resolve: dashboardOfDepartment,
  },
  // Against the registry of the database (1M names after `npm run seed:names -- --count 1000000`).
  {
    path: '/api/v1/names/check',
    label: 'name check (POST)',
    baseline: 'api',
    method: 'POST',
    body: { region: '许昌', tradeName: '鸿瑞华', industry: '新材料', organizationForm: '有限公司' },
  },
];

/**
 * The framework's own ceiling, measured in the same run: a Next.js app of the same version whose
 * root layout renders nothing but the document (scripts/bench-ceiling, built in data/bench-ceiling).
 * Every portal row is compared with the one of its kind ('page' or 'api').
 */
export const CEILING_TARGETS = [
  { path: '/page', label: 'framework bare page (empty root layout, 20 list items)', baseline: 'page', framework: true },
  { path: '/api/json', label: 'framework bare route (JSON)', baseline: 'api', framework: true },
];

/** Follows the queue API's cursors DEEP_PAGE_HOPS times (25 cases a page). */
async function deepQueueApiPage(cookie) {
  let pathname = '/api/v1/desk/queue';
  for (let hop = 0; hop < DEEP_PAGE_HOPS; hop++) {
    const page = await (await fetch(`${ORIGIN}${pathname}`, { headers: { cookie } })).json();
    if (!page.nextCursor) break;
    pathname = `/api/v1/desk/queue?after=${page.nextCursor}`;
  }
  return pathname;
}

/** Follows the queue's "next page" links DEEP_PAGE_HOPS times and returns that page's URL. */
const DEEP_PAGE_HOPS = 40;
async function deepQueuePage(cookie) {
  let pathname = '/desk';
  for (let hop = 0; hop < DEEP_PAGE_HOPS; hop++) {
    const html = await (await fetch(`${ORIGIN}${pathname}`, { headers: { cookie } })).text();
    const next = html.match(/href="(\/desk\?[^"]*after=[^"]+)"/);
    if (!next) break;
    pathname = next[1].replaceAll('&amp;', '&');
  }
  return pathname;
}

/** The first case the queue links to. */
async function someCasePage(cookie) {
  const html = await (await fetch(`${ORIGIN}/desk`, { headers: { cookie } })).text();
  const link = html.match(/href="(\/desk\/cases\/[0-9a-f-]{36})"/);
  if (!link) throw new Error('the queue shows no case to open');
  return link[1];
}

/** The zone's date ('YYYY-MM-DD' in Asia/Shanghai), `daysAgo` days back. */
const zoneDay = (daysAgo = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - daysAgo * 86_400_000));

/** The dashboard with its default filters over the last 90 days, for the market regulator (a seeded department). */
async function dashboardOfDepartment() {
  return `/dashboard?${new URLSearchParams({ from: zoneDay(89), to: zoneDay(), department: 'market' })}`;
}

/** Signs in through Auth.js's credentials endpoint, as the login form does; returns the cookie header. */
async function signIn(email, password = 'OneWindow-2026') {
  const csrf = await fetch(`${ORIGIN}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const res = await fetch(`${ORIGIN}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: ORIGIN }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter((c) => c.includes('session-token'));
  if (!session.length) throw new Error(`could not sign in as ${email} (status ${res.status})`);
  return [...jar, ...session].join('; ');
}

/** The target each kind of row is divided by. */
export const BASELINES = { api: '/api/health', page: '/status' };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const PORT = 3200;
const ORIGIN = `http://${HOST}:${PORT}`;
const NEXT = 'node_modules/next/dist/bin/next';
const TSX = 'node_modules/tsx/dist/cli.mjs';
const PGLITE_DIR = path.join(ROOT, 'data/bench-pglite');
const SERVER_LOG = path.join(ROOT, 'data/bench-server.log');
const CEILING_SOURCE = path.join(ROOT, 'scripts/bench-ceiling');
const CEILING_DIR = path.join(ROOT, 'data/bench-ceiling');
const CEILING_LOG = path.join(ROOT, 'data/bench-ceiling.log');
const HEALTH_TIMEOUT_MS = 120_000;
const WARMUP_REQUESTS = 50;

function usage(message) {
  if (message) console.error(message);
  console.error(
    'usage: node scripts/bench.mjs [--no-build] [--no-prepare] [--no-ceiling] [--duration S] [--connections N] [--warmup S] [--only /path[,/path]]',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { build: true, prepare: true, ceiling: true, duration: 10, connections: 16, warmup: 0, only: [] };
  const intArg = (name, value, min, max) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) usage(`${name} must be an integer from ${min} to ${max}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i] ?? usage(`${flag} needs a value`);
    switch (flag) {
      case '--no-build':
        opts.build = false;
        break;
      case '--no-prepare':
        opts.prepare = false;
        break;
      case '--no-ceiling':
        opts.ceiling = false;
        break;
      // Bounded: every run stops by itself.
      case '--duration':
        opts.duration = intArg('--duration', value(), 1, 300);
        break;
      case '--connections':
        opts.connections = intArg('--connections', value(), 1, 256);
        break;
      case '--warmup':
        opts.warmup = intArg('--warmup', value(), 0, 300);
        break;
      case '--only':
        opts.only.push(
          ...value()
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean),
        );
        break;
      case '-h':
      case '--help':
        usage();
        break;
      default:
        usage(`unknown argument: ${argv[i]}`);
    }
  }
  return opts;
}

/** The selected targets, plus the baselines they are compared with, in TARGETS order. */
function selectTargets(only) {
  if (only.length === 0) return TARGETS;
  const picked = only.map((p) => {
    if (!p.startsWith('/')) usage(`--only expects a path starting with /, got ${p}`);
    return TARGETS.find((t) => t.path === p) ?? { path: p, label: 'ad hoc', baseline: p.startsWith('/api/') ? 'api' : 'page' };
  });
  const needed = new Set([...picked.map((t) => t.path), ...picked.map((t) => BASELINES[t.baseline])]);
  const known = TARGETS.filter((t) => needed.has(t.path));
  const adHoc = picked.filter((t) => !TARGETS.includes(t));
  return [...known, ...adHoc];
}

// ---------------------------------------------------------------------------------------
// processes

let server = null;

function killServer(signal) {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  try {
    process.kill(-server.pid, signal); // the whole group: next may fork workers
  } catch {
    try {
      server.kill(signal);
    } catch {
      // already gone
    }
  }
}

async function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  killServer('SIGTERM');
  const timer = setTimeout(() => killServer('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

process.on('exit', () => killServer('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the server`);
    stopServer().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

function runNode(args, env, label, cwd = ROOT) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: 'inherit', shell: false });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${label} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

/** Starts `next start` in `cwd` (the portal, or the ceiling app) and waits until `healthPath` answers 200. */
async function startServer(env, { cwd = ROOT, healthPath = '/api/health', logFile = SERVER_LOG } = {}) {
  if (await portInUse(PORT)) throw new Error(`port ${PORT} on ${HOST} is already in use; stop that process first`);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'w');
  server = spawn(process.execPath, [path.join(ROOT, NEXT), 'start', '-p', String(PORT), '-H', HOST], {
    cwd,
    env,
    stdio: ['ignore', log, log],
    shell: false,
    detached: true, // own process group, so the whole server can be killed at exit
  });
  fs.closeSync(log);
  const exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));

  const started = performance.now();
  while (performance.now() - started < HEALTH_TIMEOUT_MS) {
    const how = await Promise.race([exited, new Promise((r) => setTimeout(r, 500))]);
    if (how) throw new Error(`the server stopped (${how}) before it was healthy:\n${tail(logFile)}`);
    try {
      const res = await fetch(`${ORIGIN}${healthPath}`, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.status === 200) return (performance.now() - started) / 1000;
    } catch {
      // not listening yet
    }
  }
  throw new Error(`GET ${healthPath} did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s:\n${tail(logFile)}`);
}

/** Copies the ceiling app into data/ and builds it there (when asked to build, or never built). */
async function buildCeiling(build) {
  fs.rmSync(path.join(CEILING_DIR, 'app'), { recursive: true, force: true });
  fs.cpSync(CEILING_SOURCE, CEILING_DIR, { recursive: true });
  if (!build && fs.existsSync(path.join(CEILING_DIR, '.next/BUILD_ID'))) return;
  console.log('\n── next build (the framework ceiling app)');
  const t0 = performance.now();
  await runNode([path.join(ROOT, NEXT), 'build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, 'ceiling build', CEILING_DIR);
  console.log(`ceiling build: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------
// measuring

/** Runs autocannon; resolves with its result and every response's latency in ms. */
function cannon(opts) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon(opts, (error, result) => (error ? reject(error) : resolve({ result, latencies })));
    // autocannon 9 reports p50/p97_5/p99 but no p95, so we keep every latency ourselves.
    instance.on('response', (_client, _statusCode, _resBytes, responseTime) => latencies.push(responseTime));
  });
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

// CPU time per request, from Linux's /proc (elsewhere the columns show —). On a shared
// machine latency moves with whatever else runs; the CPU a request costs the server and the
// database moves much less, so these columns say where the time goes.

/** /proc counts CPU time in USER_HZ ticks: 100 a second on Linux. */
const MS_PER_TICK = 10;

/** User + system CPU time (ms) of process `pid`, or NaN when /proc cannot tell. */
function cpuMsOf(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return NaN;
  }
}

/**
 * CPU time (ms) by process of the local PostgreSQL backends connected to `database` (their
 * title names it: 'postgres: 15/main: user database host(port) state'), or null when there is
 * no such database or no /proc.
 */
function backendCpu(database) {
  if (!database) return null;
  let entries;
  try {
    entries = fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return null;
  }
  const cpu = new Map();
  for (const pid of entries) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      const title = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (title.split(' ').includes(database)) cpu.set(pid, cpuMsOf(pid));
    } catch {
      // gone meanwhile
    }
  }
  return cpu;
}

/** CPU ms per request of the server and of the database backends between two snapshots. */
function cpuPerRequest(before, after, requests) {
  const server = (after.server - before.server) / requests;
  let database = NaN;
  if (before.database && after.database) {
    // A backend that started during the run counts from zero; one that ended is lost (the pool keeps them).
    let total = 0;
    for (const [pid, ms] of after.database) total += ms - (before.database.get(pid) ?? 0);
    database = total / requests;
  }
  return { serverCpu: server, databaseCpu: database };
}

const cpuSnapshot = (database) => ({ server: cpuMsOf(server?.pid), database: backendCpu(database) });

async function measure(target, { duration, connections, warmup }, database) {
  const url = `${ORIGIN}${target.path}`;
  const headers = {
    ...(target.cookie ? { cookie: target.cookie } : {}),
    ...(target.body !== undefined ? { 'content-type': 'application/json' } : {}),
  };
  const request = {
    url,
    headers,
    method: target.method ?? 'GET',
    ...(target.body !== undefined ? { body: JSON.stringify(target.body) } : {}),
  };
  const warm = await cannon({ ...request, connections: Math.min(connections, 10), amount: WARMUP_REQUESTS, timeout: 30 });
  if (warm.result['2xx'] === 0) {
    const codes = Object.keys(warm.result.statusCodeStats ?? {}).join(', ') || 'none';
    console.warn(`  warning: no 2xx during warm-up of ${target.path} (status codes: ${codes}; errors: ${warm.result.errors})`);
  }
  if (warmup > 0) await cannon({ ...request, connections, duration: warmup, timeout: 30 });
  const before = cpuSnapshot(database);
  const { result, latencies } = await cannon({ ...request, connections, duration, timeout: 30 });
  const after = cpuSnapshot(database);
  const sorted = Float64Array.from(latencies).sort();
  return {
    ...target,
    ...cpuPerRequest(before, after, sorted.length),
    requests: sorted.length,
    rps: sorted.length / (result.duration || duration),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

// ---------------------------------------------------------------------------------------
// reporting

const warmUpText = ({ warmup }) => `${WARMUP_REQUESTS} warm-up requests${warmup > 0 ? ` and ${warmup} s of warm-up load` : ''}`;

function machine(driver, opts) {
  const cpus = os.cpus();
  let nextVersion = '?';
  try {
    nextVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/next/package.json'), 'utf8')).version;
  } catch {
    // unknown
  }
  return [
    ['CPU', cpus[0]?.model?.trim() ?? 'unknown'],
    ['cores', String(cpus.length)],
    ['memory', `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`],
    ['node', process.version],
    ['next', nextVersion],
    ['database', driver],
    ['load', `${opts.connections} connections, ${opts.duration} s per target, ${warmUpText(opts)}`],
    ['date', new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC'],
  ];
}

/** The framework's row of the same kind, when the ceiling was measured. */
const ceilingOf = (row, rows) => rows.find((r) => r.framework && r.baseline === row.baseline);

function ratioOf(row, rows) {
  if (row.framework) return '—';
  const basePath = BASELINES[row.baseline];
  if (row.path === basePath) return 'baseline';
  const base = rows.find((r) => r.path === basePath);
  if (!base || !base.rps) return '—';
  return `${(row.rps / base.rps).toFixed(2)}× ${row.baseline}`;
}

const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : '—');

/** Throughput and p95 against the framework's bare page or route of the same run. */
function frameworkRatios(row, rows) {
  const ceiling = ceilingOf(row, rows);
  if (row.framework) return ['ceiling', 'ceiling'];
  if (!ceiling || !ceiling.rps) return ['—', '—'];
  return [`${(row.rps / ceiling.rps).toFixed(2)}× fw ${row.baseline}`, `${(row.p95 / ceiling.p95).toFixed(1)}×`];
}

const displayPath = (row) => (row.framework ? `framework ${row.path}` : row.path);

function tableRows(rows) {
  return rows.map((r) => [
    displayPath(r),
    r.rps.toFixed(0),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    String(r.non2xx),
    String(r.errors),
    ratioOf(r, rows),
    ...frameworkRatios(r, rows),
    cpuMs(r.serverCpu),
    cpuMs(r.databaseCpu),
  ]);
}

const cpuMs = (v) => (Number.isFinite(v) ? v.toFixed(2) : '—');

const HEAD = [
  'path',
  'req/s',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'non-2xx',
  'errors',
  'vs baseline',
  'vs framework',
  'p95 vs framework',
  'server CPU ms/req',
  'db CPU ms/req',
];

function printText(rows) {
  const all = [HEAD, ...tableRows(rows)];
  const widths = HEAD.map((_, c) => Math.max(...all.map((row) => row[c].length)));
  for (const [i, row] of all.entries()) {
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
}

function markdown(rows, info) {
  const lines = ['| machine | |', '| --- | --- |', ...info.map(([k, v]) => `| ${k} | ${v} |`), ''];
  lines.push(
    `| ${HEAD.join(' | ')} |`,
    `| --- | ${HEAD.slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
  );
  for (const row of tableRows(rows)) lines.push(`| \`${row[0]}\` | ${row.slice(1).join(' | ')} |`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const targets = selectTargets(opts.only);
  process.chdir(ROOT);

  const benchDbUrl = process.env.BENCH_DATABASE_URL;
  const driver = benchDbUrl ? 'postgres' : 'pglite';
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    AUTH_SECRET: crypto.randomBytes(32).toString('hex'),
    AUTH_TRUST_HOST: 'true',
  };
  if (benchDbUrl) {
    env.DATABASE_URL = benchDbUrl;
    delete env.PGLITE_DIR;
  } else {
    env.PGLITE_DIR = PGLITE_DIR;
    delete env.DATABASE_URL;
  }

  // PGlite runs inside the server process, so only PostgreSQL has CPU of its own to count.
  const benchDatabase = benchDbUrl ? decodeURIComponent(new URL(benchDbUrl).pathname.slice(1)) : null;
  const info = machine(driver, opts);
  console.log('Machine');
  for (const [k, v] of info) console.log(`  ${k.padEnd(9)} ${v}`);

  if (opts.build) {
    console.log('\n── next build');
    const t0 = performance.now();
    await runNode([NEXT, 'build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, 'next build');
    console.log(`next build: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } else if (!fs.existsSync(path.join(ROOT, '.next/BUILD_ID'))) {
    throw new Error('--no-build given but there is no production build (.next/BUILD_ID); run next build first');
  }

  if (opts.prepare) {
    console.log(`\n── preparing the ${driver} database`);
    if (!benchDbUrl) {
      // A fresh folder every run, so results don't depend on what an earlier run left.
      fs.rmSync(PGLITE_DIR, { recursive: true, force: true });
    }
    const t0 = performance.now();
    await runNode([TSX, '--conditions=react-server', 'scripts/prepare-db.ts'], env, 'scripts/prepare-db.ts');
    console.log(`prepare-db: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }

  const rows = [];
  if (opts.ceiling) {
    // First and alone: the ceiling app on the same port, then the portal, so neither competes.
    await buildCeiling(opts.build);
    console.log(`\n── next start of the ceiling app on ${ORIGIN} (log: ${path.relative(ROOT, CEILING_LOG)})`);
    await startServer(
      { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      { cwd: CEILING_DIR, healthPath: '/api/json', logFile: CEILING_LOG },
    );
    for (const target of CEILING_TARGETS) {
      console.log(
        `\n── framework ${target.path}  (${target.label}): ${warmUpText(opts)}, then ${opts.duration} s × ${opts.connections} connections`,
      );
      const row = await measure(target, opts, null);
      rows.push(row);
      console.log(`  ${row.rps.toFixed(0)} req/s, p50 ${ms(row.p50)} ms, p95 ${ms(row.p95)} ms, p99 ${ms(row.p99)} ms`);
    }
    await stopServer();
  }

  console.log(`\n── next start on ${ORIGIN} (log: ${path.relative(ROOT, SERVER_LOG)})`);
  const ready = await startServer(env);
  console.log(`healthy after ${ready.toFixed(1)} s`);

  const cookies = new Map();
  for (const declared of targets) {
    const target = { ...declared };
    if (target.as) {
      if (!cookies.has(target.as)) cookies.set(target.as, await signIn(target.as));
      target.cookie = cookies.get(target.as);
    }
    if (target.resolve) target.path = await target.resolve(target.cookie);
    console.log(
      `\n── ${target.path}  (${target.label}): ${warmUpText(opts)}, then ${opts.duration} s × ${opts.connections} connections`,
    );
    const row = await measure(target, opts, benchDatabase);
    rows.push(row);
    console.log(
      `  ${row.rps.toFixed(0)} req/s, p50 ${ms(row.p50)} ms, p95 ${ms(row.p95)} ms, p99 ${ms(row.p99)} ms, ` +
        `${row.non2xx} non-2xx, ${row.errors} errors; CPU per request: server ${cpuMs(row.serverCpu)} ms, ` +
        `database ${cpuMs(row.databaseCpu)} ms`,
    );
  }

  await stopServer();

  console.log('\nResults');
  printText(rows);
  console.log('\nMarkdown (for docs/BENCHMARKS.md)\n');
  console.log(markdown(rows, info));
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  main().then(
    () => process.exit(0),
    async (error) => {
      console.error(`\nbench failed: ${error?.message ?? error}`);
      await stopServer();
      process.exit(1);
    },
  );
}
