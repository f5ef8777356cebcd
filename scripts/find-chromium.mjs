#!/usr/bin/env node
// Finds the Chromium that Playwright drives. We use Debian's package, not Playwright's
// own download: the machines here reach no browser CDN (see shared/STACK.md §5).
//
//   node scripts/find-chromium.mjs              prints the path, installing via apt as root
//   node scripts/find-chromium.mjs --no-install prints the path or fails
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    // apt's stdout goes to our stderr so that stdout carries only the path.
    const child = spawn(command, args, { stdio: ['ignore', 2, 2], env, shell: false });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/**
 * @param {{ install?: boolean }} [options]
 * @returns {Promise<string>} absolute path of a Chromium executable
 */
export async function findChromium({ install = false } = {}) {
  const found = await findChromiumExecutable(install);
  if (install) await ensureChineseFont();
  return found;
}

/**
 * The pages are Chinese first: without a CJK font Chromium draws narrow placeholder boxes, and
 * the layout checks of the e2e suite (one-line header, no sideways scrolling) would measure
 * text much narrower than anyone sees. As root, installs a small one (WenQuanYi Micro Hei).
 */
async function ensureChineseFont() {
  const listed = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (listed.error || listed.stdout.trim() || process.getuid?.() !== 0) return;
  console.error('No Chinese font found: installing Debian package "fonts-wqy-microhei" with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['install', '-y', 'fonts-wqy-microhei'], env).catch(async () => {
    await run('apt-get', ['update'], env);
    await run('apt-get', ['install', '-y', 'fonts-wqy-microhei'], env);
  });
}

async function findChromiumExecutable(install) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    console.warn(`CHROMIUM_PATH=${fromEnv} is not an executable file; looking elsewhere.`);
  }
  for (const candidate of CANDIDATES) {
    if (isExecutable(candidate)) return candidate;
  }

  if (install && process.getuid?.() === 0) {
    console.error('Chromium not found: installing Debian package "chromium" with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    await run('apt-get', ['update'], env);
    await run('apt-get', ['install', '-y', 'chromium'], env);
    if (isExecutable(CANDIDATES[0])) return CANDIDATES[0];
    throw new Error(`apt-get install chromium finished but ${CANDIDATES[0]} is missing.`);
  }

  throw new Error('Chromium not found: run `apt-get install chromium` (as root) or set CHROMIUM_PATH to a Chromium executable.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  const install = !process.argv.includes('--no-install');
  findChromium({ install }).then(
    (file) => console.log(file),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
