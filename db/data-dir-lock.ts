import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number | null,
  ) {
    super(
      `The embedded database at ${dataDir} is already open in ${pid ? `process ${pid}` : 'another process'}. ` +
        'PGlite allows one process per data folder: stop that process first, ' +
        'or point DATABASE_URL at a PostgreSQL server to run several.',
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * The lock is a listening unix-domain socket, named after the data folder. The kernel closes
 * it with its process however that process ends (exit, crash, SIGKILL), so a lock can never
 * outlive its holder nor be left to a process that is only exiting. On Linux the socket lives
 * in the abstract namespace (no file at all); elsewhere it is a socket file in the temp folder,
 * removed when nobody answers on it.
 */
export function lockAddress(dataDir: string): string {
  const hash = crypto.createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 32);
  return process.platform === 'linux' ? `\0onewindow-pglite-${hash}` : path.join(os.tmpdir(), `onewindow-pglite-${hash}.sock`);
}

function listen(server: net.Server, address: string): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    const onError = (error: NodeJS.ErrnoException) => resolve(error);
    server.once('error', onError);
    server.listen(address, () => {
      server.off('error', onError);
      resolve(null);
    });
  });
}

/** Asks the holder for its pid (it writes it to every connection); null when nobody answers. */
function askHolder(address: string): Promise<{ answered: boolean; pid: number | null }> {
  return new Promise((resolve) => {
    let text = '';
    const socket = net.connect(address);
    const done = (answered: boolean) => {
      socket.destroy();
      const pid = Number.parseInt(text, 10);
      resolve({ answered, pid: Number.isFinite(pid) && pid > 0 ? pid : null });
    };
    socket.setTimeout(2000, () => done(true));
    socket.on('data', (chunk) => (text += chunk));
    socket.on('end', () => done(true));
    socket.on('error', (error: NodeJS.ErrnoException) => done(error.code !== 'ECONNREFUSED' && error.code !== 'ENOENT'));
  });
}

/**
 * PGlite itself lets two processes open one folder and then silently diverge, so the opener
 * holds this lock for as long as the database is open. Resolves to the release function;
 * rejects with DataDirLockedError (naming the holder's pid) while another process holds it.
 */
export async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  const address = lockAddress(dataDir);
  let silentHolder = false;
  for (let attempt = 0; attempt < 5; attempt++) {
    const server = net.createServer((socket) => socket.end(`${process.pid}\n`));
    const error = await listen(server, address);
    if (!error) {
      // The lock must not keep a finished script alive.
      server.unref();
      return () => new Promise<void>((resolve) => server.close(() => resolve()));
    }
    if (error.code !== 'EADDRINUSE') throw error;
    const holder = await askHolder(address);
    if (holder.pid) throw new DataDirLockedError(path.resolve(dataDir), holder.pid);
    if (holder.answered) {
      // Holding it but not answering: most likely in the middle of dying. Give it a moment.
      silentHolder = true;
      await new Promise((resolve) => setTimeout(resolve, 500));
    } else if (!address.startsWith('\0')) {
      // A socket file nobody listens on (only outside Linux): its process is gone.
      fs.rmSync(address, { force: true });
    }
  }
  if (silentHolder) throw new DataDirLockedError(path.resolve(dataDir), null);
  throw new Error(`Could not take the lock on the embedded database at ${path.resolve(dataDir)}`);
}
