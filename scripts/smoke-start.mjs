#!/usr/bin/env node
// The README's first command, as a new user runs it: copies the tracked files into an empty
// folder, runs `npm install` there, then `npm start` on a free port until GET / answers 200,
// stops it with SIGTERM (every process of the group must be gone), starts it again and checks
// that the second start serves / without rebuilding. `--keep` leaves the folder for a look.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KEEP = process.argv.includes('--keep');
const FIRST_START_TIMEOUT_MS = 12 * 60_000; // install is separate; this is build + prepare + serve on a busy machine
const SECOND_START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 30_000;

const log = (message) => console.log(`[smoke-start] ${message}`);
/** The `npm start` process groups started here; whatever is left is killed on the way out. */
const groups = new Set();
function fail(message) {
  console.error(`\n[smoke-start] ✖ ${message}\n`);
  for (const pid of groups) if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
  process.exit(1);
}

// The copy behaves like a fresh clone on a machine with nothing configured.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
for (const name of [
  'DATABASE_URL',
  'PGLITE_DIR',
  'UPLOAD_DIR',
  'ONEWINDOW_DATA_DIR',
  'AUTH_SECRET',
  'AUTH_URL',
  'TRUSTED_PROXY_HOPS',
  'NODE_ENV',
  'PORT',
  'UPLOADTHING_TOKEN',
  'NEXT_PUBLIC_STORAGE_DRIVER',
]) {
  delete env[name];
}

function copyTrackedFiles(target) {
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) fail(`git ls-files failed: ${listed.stderr}`);
  let count = 0;
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const from = path.join(ROOT, file);
    if (!fs.existsSync(from)) continue; // deleted in the working tree
    fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    fs.copyFileSync(from, path.join(target, file));
    count++;
  }
  return count;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** `npm start` in its own process group, like a terminal's foreground job. */
function start(dir, port, label) {
  const child = spawn('npm', ['start'], {
    cwd: dir,
    env: { ...env, PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  groups.add(child.pid);
  const run = { child, output: '', exit: null };
  const tee = (stream, out) =>
    stream.on('data', (chunk) => {
      run.output += chunk;
      for (const line of String(chunk).split('\n')) if (line.trim()) out.write(`  ${label} │ ${line}\n`);
    });
  tee(child.stdout, process.stdout);
  tee(child.stderr, process.stderr);
  run.exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      run.exit = { code, signal };
      resolve(run.exit);
    }),
  );
  return run;
}

async function waitForHome(run, port, timeoutMs) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (run.exit) fail(`npm start exited (${run.exit.signal ?? `code ${run.exit.code}`}) before serving /`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(30_000) });
      if (response.status === 200) return Date.now() - started;
      await response.arrayBuffer();
    } catch {
      // not listening yet
    }
    await sleep(1000);
  }
  return fail(`GET / did not answer 200 within ${timeoutMs / 1000} s`);
}

async function stop(run) {
  const pid = run.child.pid;
  process.kill(-pid, 'SIGTERM');
  const stopped = await Promise.race([run.exited, sleep(STOP_TIMEOUT_MS).then(() => null)]);
  // npm may exit before its children: the whole group must be gone.
  for (let i = 0; i < 50 && groupAlive(pid); i++) await sleep(200);
  if (!stopped || groupAlive(pid)) {
    if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
    fail(`npm start did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM`);
  }
}

function checkOutput(run, label) {
  for (const bad of ['✖', 'already open in']) {
    if (run.output.includes(bad)) fail(`${label}: the output contains "${bad}" (see above)`);
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-smoke-'));
const cleanup = () => (KEEP ? log(`left ${dir}`) : fs.rmSync(dir, { recursive: true, force: true }));
process.on('exit', cleanup);
// The servers run in their own process groups: Ctrl+C here must stop them too.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => fail(`stopped by ${signal}`));

const t0 = Date.now();
log(`copied ${copyTrackedFiles(dir)} tracked files into ${dir}`);

log('npm install');
const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, env, stdio: 'inherit' });
if (install.status !== 0) fail('npm install failed');
log(`installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

const port = await freePort();
log(`first npm start (PORT=${port}): builds, prepares the database, serves`);
const first = start(dir, port, 'start 1');
const firstMs = await waitForHome(first, port, FIRST_START_TIMEOUT_MS);
log(`GET / answered 200 after ${(firstMs / 1000).toFixed(0)} s; stopping with SIGTERM`);
await stop(first);
checkOutput(first, 'first start');

log('second npm start: must serve the existing build');
const second = start(dir, port, 'start 2');
const secondMs = await waitForHome(second, port, SECOND_START_TIMEOUT_MS);
await stop(second);
checkOutput(second, 'second start');
if (second.output.includes('Building the portal')) fail('the second start rebuilt the portal although nothing changed');
log(`second start served / after ${(secondMs / 1000).toFixed(0)} s without rebuilding`);
log(`passed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
