import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DomainError } from '@/lib/errors';
import { incomingDir, MULTIPART_ENVELOPE, receiveMultipartFile } from './incoming';

const BOUNDARY = '----ow-test-boundary';
const MB = 1024 * 1024;

function multipart(file: Uint8Array, name = 'scan.pdf') {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  return Buffer.concat([head, file, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
}

/** A request whose body is pulled chunk by chunk; `pulled` counts the bytes the receiver asked for. */
function request(body: Buffer, headers: Record<string, string | null> = {}) {
  const counter = { pulled: 0 };
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= body.length) return controller.close();
        const chunk = body.subarray(offset, offset + 64 * 1024);
        offset += chunk.length;
        counter.pulled += chunk.length;
        controller.enqueue(new Uint8Array(chunk));
      },
      // Nothing is pulled before the receiver reads.
    },
    { highWaterMark: 0 },
  );
  const all: Record<string, string | null> = {
    'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
    'content-length': String(body.length),
    ...headers,
  };
  const h = new Headers();
  for (const [k, v] of Object.entries(all)) if (v !== null) h.set(k, v);
  // A Request would compute its own length; the receiver only sees what the client declared.
  return { request: { headers: h, body: stream } as unknown as Request, counter };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return { code: error.code, message: error.message, fields: error.fieldErrors };
}

describe('receiveMultipartFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ow-incoming-'));
    vi.stubEnv('UPLOAD_DIR', dir);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });
  const leftovers = async () => (await readdir(incomingDir()).catch(() => [])).length;

  it('streams the file to a temporary file, hashed and measured on the way', async () => {
    const bytes = Buffer.alloc(3 * MB + 17, 7);
    const { request: r } = request(multipart(bytes, '营业执照.pdf'));
    const file = await receiveMultipartFile(r, 5 * MB);
    expect(file.size).toBe(bytes.length);
    expect(file.originalName).toBe('营业执照.pdf');
    expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(file.head).toEqual(new Uint8Array(bytes.subarray(0, 4100)));
    expect((await readFile(file.path)).equals(bytes)).toBe(true);
    await rm(file.path);
  });

  it('refuses a declared length over the limit with 413 naming it, before reading a byte', async () => {
    const { request: r, counter } = request(multipart(Buffer.alloc(6 * MB)));
    const error = await refusal(receiveMultipartFile(r, 5 * MB));
    expect(error).toEqual({ code: 'tooLarge', message: 'The file may be at most 5 MB.', fields: { file: ['fileTooLarge'] } });
    expect(counter.pulled).toBe(0);
  });

  it('cuts a body off at the limit when its Content-Length lies', async () => {
    const body = multipart(Buffer.alloc(20 * MB));
    const { request: r, counter } = request(body, { 'content-length': '1000' });
    expect((await refusal(receiveMultipartFile(r, 5 * MB))).code).toBe('tooLarge');
    // Reading stops at the limit (plus the envelope and a chunk or two in flight), not at 20 MB.
    expect(counter.pulled).toBeLessThan(5 * MB + MULTIPART_ENVELOPE + 256 * 1024);
    expect(await leftovers()).toBe(0);
  });

  it('asks for a length (411), refuses a malformed one, a body that is not multipart, and one without a file', async () => {
    const body = multipart(Buffer.from('%PDF-1.4'));
    expect((await refusal(receiveMultipartFile(request(body, { 'content-length': null }).request, MB))).code).toBe(
      'lengthRequired',
    );
    expect((await refusal(receiveMultipartFile(request(body, { 'content-length': '12abc' }).request, MB))).code).toBe('invalid');
    const json = request(Buffer.from('{}'), { 'content-type': 'application/json' }).request;
    expect((await refusal(receiveMultipartFile(json, MB))).fields).toEqual({ file: ['fileEmpty'] });
    const noFile = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="other"\r\n\r\nx\r\n--${BOUNDARY}--\r\n`);
    expect((await refusal(receiveMultipartFile(request(noFile).request, MB))).fields).toEqual({ file: ['fileEmpty'] });
    const cut = body.subarray(0, body.length - 30);
    expect((await refusal(receiveMultipartFile(request(cut).request, MB))).fields).toEqual({ file: ['fileEmpty'] });
    expect(await leftovers()).toBe(0);
  });
});
