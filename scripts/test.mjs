#!/usr/bin/env node
// `npm test`: static checks → unit → integration → build (+ crash and two-instance tests on
// PostgreSQL) + e2e, failing fast, then one summary.
//
//   node scripts/test.mjs                     every stage
//   node scripts/test.mjs --only unit         one stage: static | unit | integration | e2e
//
// Environment is passed through untouched (TEST_DATABASE_URL makes the integration
// tests also run on PostgreSQL; CI=true makes Playwright retry once).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const BIN = {
  vitest: 'node_modules/vitest/vitest.mjs',
  next: 'node_modules/next/dist/bin/next',
  playwright: 'node_modules/@playwright/test/cli.js',
  tsc: 'node_modules/typescript/bin/tsc',
  eslint: 'node_modules/eslint/bin/eslint.js',
  prettier: 'node_modules/prettier/bin/prettier.cjs',
};

const STAGES = ['static', 'unit', 'integration', 'e2e'];

function parseArgs(argv) {
  let only = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--only') only = argv[++i];
    else if (arg.startsWith('--only=')) only = arg.slice('--only='.length);
    else if (arg === '-h' || arg === '--help') {
      console.log('usage: node scripts/test.mjs [--only static|unit|integration|e2e]');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${arg}`);
      process.exit(2);
    }
  }
  if (only !== null && !STAGES.includes(only)) {
    console.error(`--only expects one of ${STAGES.join(', ')}, got ${JSON.stringify(only)}`);
    process.exit(2);
  }
  return { only };
}

function header(title) {
  const line = '═'.repeat(Math.max(8, 72 - title.length));
  console.log(`\n══ ${title} ${line}\n`);
}

let current = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current && current.exitCode === null) current.kill(signal);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

/** Runs `node <script> ...args` from the repo root; resolves with the exit code. */
function runNode(script, args, extraEnv = {}) {
  if (!fs.existsSync(script)) {
    console.error(`missing ${script}: run \`npm ci\` first`);
    return Promise.resolve(127);
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: ROOT,
      stdio: 'inherit',
      shell: false,
      env: { ...process.env, ...extraEnv },
    });
    current = child;
    child.on('error', (error) => {
      console.error(error);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      current = null;
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-test-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

/** @typedef {{ name: string, ok: boolean, seconds: number, counts: null | { passed: number, failed: number, skipped: number, flaky?: number } }} Result */

async function vitestStage(project) {
  const out = path.join(tmp, `vitest-${project.replace(/\W/g, '_')}.json`);
  const code = await runNode(BIN.vitest, [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  const json = readJson(out);
  const counts = json && {
    passed: json.numPassedTests ?? 0,
    failed: json.numFailedTests ?? 0,
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
  };
  return { code, counts };
}

/** The gates before any test: types (with Next's generated route types), lint (cached), formatting. */
async function staticStage() {
  const steps = [
    [BIN.next, ['typegen']],
    [BIN.tsc, ['--noEmit', '-p', '.']],
    [BIN.eslint, ['--cache', '--cache-location', 'node_modules/.cache/eslint/', '--max-warnings', '0', '.']],
    [BIN.prettier, ['--check', '--log-level', 'warn', '.']],
  ];
  for (const [bin, args] of steps) {
    console.log(`$ ${path.basename(bin)} ${args.join(' ')}`);
    const code = await runNode(bin, args, { NEXT_TELEMETRY_DISABLED: '1' });
    if (code !== 0) return { code, counts: null };
  }
  return { code: 0, counts: null };
}

/** `typeChecked`: the static stage's tsc ran in this run, so the build's own type check would only repeat it. */
async function buildStage(typeChecked) {
  const skip = typeChecked ? { ONEWINDOW_BUILD_SKIPS_TYPECHECK: '1' } : {};
  const code = await runNode(BIN.next, ['build'], { NEXT_TELEMETRY_DISABLED: '1', ...skip });
  return { code, counts: null };
}

/**
 * The tests that need a production build and a PostgreSQL server — a crash mid-burst, two
 * instances on one database — side by side on their own ports and databases; each one's output
 * is printed whole when it ends.
 */
async function serverStage() {
  const codes = await Promise.all(
    ['scripts/crash-test.mjs', 'scripts/two-instances.mjs'].map(
      (script) =>
        new Promise((resolve) => {
          const child = spawn(process.execPath, [script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
          let output = '';
          child.stdout.on('data', (c) => (output += c));
          child.stderr.on('data', (c) => (output += c));
          child.on('exit', (code, signal) => {
            console.log(`── ${script}\n${output.trim()}\n`);
            resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
          });
        }),
    ),
  );
  return { code: codes.find((c) => c !== 0) ?? 0, counts: null };
}

async function playwrightStage() {
  const out = path.join(tmp, 'playwright.json');
  const code = await runNode(BIN.playwright, ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  const stats = readJson(out)?.stats;
  const counts = stats && {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
    flaky: stats.flaky ?? 0,
  };
  return { code, counts };
}

async function main() {
  const { only } = parseArgs(process.argv.slice(2));
  const wanted = (stage) => only === null || only === stage;

  /** @type {{ name: string, title: string, run: () => Promise<{ code: number, counts: Result['counts'] }> }[]} */
  const plan = [];
  if (wanted('e2e')) {
    // First, so a missing browser fails the run before minutes of other tests.
    plan.push({
      name: 'chromium',
      title: 'Chromium for Playwright',
      run: async () => {
        try {
          process.env.CHROMIUM_PATH = await findChromium({ install: true });
          console.log(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH}`);
          return { code: 0, counts: null };
        } catch (error) {
          console.error(error.message);
          return { code: 1, counts: null };
        }
      },
    });
  }
  if (wanted('static')) plan.push({ name: 'static', title: 'Type check, lint and format check', run: staticStage });
  if (wanted('unit')) plan.push({ name: 'unit', title: 'Unit tests (vitest --project unit)', run: () => vitestStage('unit') });
  if (wanted('integration'))
    plan.push({
      name: 'integration',
      title: `Integration tests on PGlite${process.env.TEST_DATABASE_URL ? ' and PostgreSQL' : ''} (vitest --project 'integration*')`,
      run: () => vitestStage('integration*'),
    });
  if (wanted('e2e')) {
    plan.push({ name: 'build', title: 'next build', run: () => buildStage(wanted('static')) });
    if (process.env.TEST_DATABASE_URL) {
      plan.push({ name: 'crash', title: 'Crash test and two instances on PostgreSQL', run: serverStage });
    }
    plan.push({ name: 'e2e', title: 'End-to-end tests (playwright test)', run: playwrightStage });
  }

  /** @type {Result[]} */
  const results = [];
  for (const [index, stage] of plan.entries()) {
    header(`[${index + 1}/${plan.length}] ${stage.title}`);
    const started = performance.now();
    const { code, counts } = await stage.run();
    results.push({ name: stage.name, ok: code === 0, seconds: (performance.now() - started) / 1000, counts });
    if (code !== 0) {
      console.error(`\n${stage.name} failed (exit ${code}); skipping the remaining stages.`);
      break;
    }
  }

  header('Summary');
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const r of results) {
    // A stage that failed without reporting a failed test (crash, config error, build
    // error) still counts once, so the closing line never says 0 failed on a red run.
    const stageFailed = Math.max(r.counts?.failed ?? 0, r.ok ? 0 : 1);
    passed += r.counts?.passed ?? 0;
    failed += stageFailed;
    skipped += r.counts?.skipped ?? 0;
    const detail = r.counts
      ? `${r.counts.passed} passed / ${r.counts.failed} failed / ${r.counts.skipped} skipped` +
        (r.counts.flaky ? ` (${r.counts.flaky} flaky)` : '')
      : '';
    console.log(`  ${r.name.padEnd(12)} ${(r.ok ? 'ok' : 'FAILED').padEnd(7)} ${detail.padEnd(44)} ${r.seconds.toFixed(1)}s`);
  }
  for (const stage of plan.slice(results.length)) console.log(`  ${stage.name.padEnd(12)} not run`);

  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exitCode = results.every((r) => r.ok) && results.length === plan.length ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
