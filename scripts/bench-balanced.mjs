#!/usr/bin/env node
// `npm run bench:balanced`: one instance against two behind a real load balancer, on one
// PostgreSQL database (a fresh one on the server of TEST_DATABASE_URL), in the same run.
//
//   TEST_DATABASE_URL=postgres://… node scripts/bench-balanced.mjs [--duration 10] [--connections 16]
//
// HAProxy (Debian's `haproxy`, installed with apt when missing and running as root) balances
// round-robin over two `next start` instances; each target is measured first against one
// instance alone, then through HAProxy against both, and the ratio printed. Builds first when
// there is no production build. See docs/SCALING.md.
import autocannon from 'autocannon';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuild, freshDatabase, signIn, startServer } from './server-harness.mjs';

const BASE_PORT = Number(process.env.BALANCED_PORT ?? 3230);
const [PORT_A, PORT_B, PORT_LB] = [BASE_PORT, BASE_PORT + 1, BASE_PORT + 2];
const TARGETS = [
  { path: '/api/health', label: 'bare JSON route' },
  { path: '/status', label: 'bare page' },
  { path: '/api/v1/services', label: 'services API (database)' },
  { path: '/desk', label: 'intake queue (clerk, database)', as: 'clerk@onewindow.test' },
];

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  const n = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(n) || n < 1 || n > 600) throw new Error(`${name} must be an integer from 1 to 600`);
  return n;
}

/** The haproxy binary, installed from Debian when missing and we may. */
function haproxyBinary() {
  const found = ['/usr/sbin/haproxy', '/usr/bin/haproxy'].find((p) => fs.existsSync(p));
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error('haproxy is not installed: apt-get install -y haproxy');
  console.log('Installing haproxy (apt-get)…');
  execFileSync('apt-get', ['install', '-y', 'haproxy'], { stdio: 'inherit' });
  return '/usr/sbin/haproxy';
}

function startHaproxy(binary) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-haproxy-'));
  const config = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(
    config,
    [
      'global',
      '  maxconn 4096',
      'defaults',
      '  mode http',
      '  timeout connect 5s',
      '  timeout client 60s',
      '  timeout server 60s',
      // Keep-alive to the instances, as a production balancer would.
      '  option http-keep-alive',
      'frontend portal',
      `  bind 127.0.0.1:${PORT_LB}`,
      '  default_backend instances',
      'backend instances',
      '  balance roundrobin',
      '  option httpchk GET /api/health',
      `  server a 127.0.0.1:${PORT_A} check`,
      `  server b 127.0.0.1:${PORT_B} check`,
      '',
    ].join('\n'),
  );
  const child = spawn(binary, ['-f', config, '-db'], { stdio: ['ignore', 'inherit', 'inherit'] });
  return { origin: `http://127.0.0.1:${PORT_LB}`, stop: () => child.kill('SIGTERM') };
}

function load(url, cookie, { duration, connections }) {
  return new Promise((resolve, reject) =>
    autocannon({ url, connections, duration, headers: cookie ? { cookie } : {}, timeout: 30 }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

async function main() {
  const opts = { duration: option('--duration', 10), connections: option('--connections', 16) };
  const binary = haproxyBinary();
  ensureBuild();
  const db = await freshDatabase('ow_balanced');
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-balanced-uploads-'));
  const servers = [];
  let balancer = null;
  try {
    for (const [i, port] of [PORT_A, PORT_B].entries())
      servers.push(
        await startServer({
          port,
          databaseUrl: db.url,
          uploadDir,
          label: `instance ${'AB'[i]}`,
          env: { ONEWINDOW_SWEEP: 'off' },
        }),
      );
    balancer = startHaproxy(binary);
    await waitFor(`${balancer.origin}/api/health`);
    const cookies = new Map();
    const rows = [];
    for (const target of TARGETS) {
      if (target.as && !cookies.has(target.as)) cookies.set(target.as, await signIn(servers[0].origin, target.as));
      const cookie = target.as ? cookies.get(target.as) : undefined;
      const row = { ...target };
      for (const [key, origin] of [
        ['one', servers[0].origin],
        ['two', balancer.origin],
      ]) {
        await load(`${origin}${target.path}`, cookie, { duration: 3, connections: opts.connections }); // warm-up
        const result = await load(`${origin}${target.path}`, cookie, opts);
        row[key] = { rps: result.requests.average, p95: result.latency.p97_5, non2xx: result.non2xx, errors: result.errors };
        console.log(
          `${target.path} ${key === 'one' ? 'one instance' : 'two behind HAProxy'}: ${row[key].rps.toFixed(0)} req/s, ` +
            `p97.5 ${row[key].p95} ms, ${row[key].non2xx} non-2xx, ${row[key].errors} errors`,
        );
      }
      rows.push(row);
    }
    console.log(`\n| path | one instance req/s | two behind HAProxy req/s | ratio | non-2xx / errors |`);
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const r of rows)
      console.log(
        `| \`${r.path}\` (${r.label}) | ${r.one.rps.toFixed(0)} | ${r.two.rps.toFixed(0)} | ${(r.two.rps / r.one.rps).toFixed(2)}× | ` +
          `${r.one.non2xx + r.two.non2xx} / ${r.one.errors + r.two.errors} |`,
      );
    console.log(`\n${os.cpus().length} cores; ${opts.connections} connections, ${opts.duration} s per measurement.`);
  } finally {
    balancer?.stop();
    await Promise.all(servers.map((s) => s.kill()));
    await db.drop();
    fs.rmSync(uploadDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`bench:balanced failed: ${error?.message ?? error}`);
    process.exit(1);
  },
);
