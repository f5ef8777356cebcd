import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock';

const dirs: string[] = [];
const children: ChildProcess[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  children.splice(0).forEach((c) => c.kill('SIGKILL'));
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

/**
 * Runs a process that takes the lock and keeps it. With `zombie`, the holder is the child of
 * a shell that then becomes `sleep` and never reaps it: once killed, the holder stays a
 * zombie, like a process the system has not finished tearing down.
 */
async function startHolder(dir: string, dataDir: string, zombie = false): Promise<number> {
  const script = path.join(dir, 'holder.mts');
  fs.writeFileSync(
    script,
    `import { acquireDataDirLock } from ${JSON.stringify(path.resolve(import.meta.dirname, 'data-dir-lock.ts'))};\n` +
      `await acquireDataDirLock(${JSON.stringify(dataDir)});\n` +
      `console.log('held ' + process.pid);\n` +
      `setInterval(() => {}, 1000);\n`,
  );
  const node = [process.execPath, '--import', 'tsx', script].map((a) => `'${a}'`).join(' ');
  const child = zombie
    ? spawn('sh', ['-c', `${node} & exec sleep 30`], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn(process.execPath, ['--import', 'tsx', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /held (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`holder exited early (${code}): ${out}`)));
  });
}

/** The state letter of a process (Z: zombie) and how many of its threads are still there. */
function processState(pid: number): { state: string; threads: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return { state: /^State:\s+(\S)/m.exec(status)![1], threads: Number(/^Threads:\s+(\d+)/m.exec(status)![1]) };
  } catch {
    return null;
  }
}

/** Dead but not reaped: the main thread is a zombie and the other threads are gone (they shared its files). */
const isZombie = (pid: number) => {
  const p = processState(pid);
  return p?.state === 'Z' && p.threads === 1;
};

describe('PGlite data folder lock', () => {
  it('refuses a second opener with a clear error while the first holds it', async () => {
    const dataDir = path.join(tempDir(), 'pglite');
    const release = await acquireDataDirLock(dataDir);
    await expect(acquireDataDirLock(dataDir)).rejects.toThrow(DataDirLockedError);
    await expect(acquireDataDirLock(dataDir)).rejects.toThrow(`already open in process ${process.pid}`);
    await release();
    await (
      await acquireDataDirLock(dataDir)
    )();
  });

  it('names the holding process, and is free the moment that process is killed', { timeout: 30_000 }, async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'pglite');
    const pid = await startHolder(dir, dataDir);
    await expect(acquireDataDirLock(dataDir)).rejects.toThrow(`already open in process ${pid}`);
    const child = children[0];
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    await (
      await acquireDataDirLock(dataDir)
    )();
  });

  it.runIf(process.platform === 'linux')(
    'is not left to a killed process the system has not reaped yet',
    { timeout: 30_000 },
    async () => {
      const dir = tempDir();
      const dataDir = path.join(dir, 'pglite');
      const pid = await startHolder(dir, dataDir, true);
      process.kill(pid, 'SIGKILL');
      // Death is asynchronous: wait (on a busy machine, a while) until the holder is a zombie.
      for (let i = 0; i < 500 && !isZombie(pid); i++) await new Promise((r) => setTimeout(r, 20));
      expect(processState(pid)).toEqual({ state: 'Z', threads: 1 });
      await (
        await acquireDataDirLock(dataDir)
      )();
    },
  );

  it('does not keep a finished script alive', { timeout: 30_000 }, async () => {
    const dir = tempDir();
    const script = path.join(dir, 'script.mts');
    fs.writeFileSync(
      script,
      `import { acquireDataDirLock } from ${JSON.stringify(path.resolve(import.meta.dirname, 'data-dir-lock.ts'))};\n` +
        `await acquireDataDirLock(${JSON.stringify(path.join(dir, 'pglite'))});\n`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
    children.push(child);
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
  });
});
