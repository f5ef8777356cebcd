/**
 * `npm run bench:upload-memory`: how much memory eight concurrent 60 MB uploads cost the
 * upload path (receiveMultipartFile, as the upload routes use it). A server process takes
 * the uploads and samples its own RSS; this process sends them from one reused 1 MB buffer.
 * Prints figures; it is a measurement, not a test. Two rounds:
 *   refused   — the target allows 10 MB and Content-Length says 60 MB: 413 before reading;
 *   streamed  — the target allows 64 MB: each file is streamed to a temporary file.
 * (A body longer than its Content-Length is cut by Node's HTTP parser; the limit on a lying
 * body is tested in lib/storage/incoming.test.ts.)
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

const MB = 1024 * 1024;
const FILE_MB = 60;
const CONCURRENT = Number(process.env.CONCURRENT ?? 8);
const BOUNDARY = '----ow-bench';

async function serve() {
  const { receiveMultipartFile } = await import('../lib/storage/incoming');
  const { isDomainError } = await import('../lib/errors');
  let peak = process.memoryUsage.rss();
  setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20).unref();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench');
    if (url.pathname === '/rss') {
      global.gc?.();
      const now = process.memoryUsage.rss();
      res.end(JSON.stringify({ now, peak }));
      peak = now;
      return;
    }
    let read = 0;
    const body = Readable.from(
      (async function* () {
        for await (const chunk of req) {
          read += chunk.length;
          yield chunk;
        }
      })(),
    );
    const request = {
      headers: new Headers(req.headers as Record<string, string>),
      body: Readable.toWeb(body) as NodeReadableStream<Uint8Array>,
    } as unknown as Request;
    try {
      const file = await receiveMultipartFile(request, Number(url.searchParams.get('limitMb')) * MB);
      await rm(file.path, { force: true });
      res.end(JSON.stringify({ status: 201, read }));
    } catch (error) {
      const status = isDomainError(error) && error.code === 'tooLarge' ? 413 : 400;
      res.end(JSON.stringify({ status, read }));
    }
    req.resume();
  });
  server.listen(0, '127.0.0.1', () => process.send?.((server.address() as { port: number }).port));
}

const head = Buffer.from(
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
);
const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);

function upload(port: number, limitMb: number): Promise<{ status: number; read: number }> {
  const declared = head.length + FILE_MB * MB + tail.length;
  const chunk = Buffer.alloc(MB, 0x25);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        port,
        host: '127.0.0.1',
        method: 'POST',
        path: `/upload?limitMb=${limitMb}`,
        agent: false,
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': String(declared) },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve(JSON.parse(text)));
      },
    );
    req.on('error', () => resolve({ status: -1, read: 0 }));
    (async () => {
      for (const part of [head, ...Array.from({ length: FILE_MB }, () => chunk), tail]) {
        if (req.destroyed) break;
        if (!req.write(part)) await new Promise((r) => req.once('drain', r));
      }
      req.end();
    })().catch(reject);
  });
}

async function main() {
  const uploadDir = await mkdtemp(path.join(os.tmpdir(), 'ow-upload-memory-'));
  const child = fork(import.meta.filename, ['serve'], {
    env: { ...process.env, UPLOAD_DIR: uploadDir },
    execArgv: [...process.execArgv, '--expose-gc'],
  });
  const port = await new Promise<number>((resolve) => child.once('message', (m) => resolve(Number(m))));
  const rss = async () => (await (await fetch(`http://127.0.0.1:${port}/rss`)).json()) as { now: number; peak: number };
  const mb = (n: number) => `${(n / MB).toFixed(0)} MB`;
  const rounds: [string, number][] = [
    ['refused (limit 10 MB, Content-Length 60 MB)', 10],
    ['streamed (limit 64 MB, 60 MB files)', 64],
  ];
  console.log(`${CONCURRENT} concurrent uploads of ${FILE_MB} MB each; server RSS at rest ${mb((await rss()).now)}`);
  for (const [label, limitMb] of rounds) {
    const before = (await rss()).now;
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: CONCURRENT }, () => upload(port, limitMb)));
    const { peak } = await rss();
    const statuses = [...new Set(results.map((r) => r.status))].join(',');
    const maxRead = Math.max(...results.map((r) => r.read));
    console.log(
      `${label}: status ${statuses}; body read per upload ≤ ${mb(maxRead)}; RSS before ${mb(before)}, peak ${mb(peak)} (+${mb(peak - before)}); ${Date.now() - started} ms`,
    );
  }
  child.kill();
  await rm(uploadDir, { recursive: true, force: true });
}

if (process.argv[2] === 'serve') void serve();
else void main();
