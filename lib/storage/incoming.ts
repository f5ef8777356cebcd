import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { DomainError } from '@/lib/errors';
import { defaultUploadDir } from './local-disk';

/** Bytes at the start of a file kept for sniffing its type (file-type reads at most 4100). */
const HEAD_BYTES = 4100;

/** The multipart envelope (boundaries, part headers, the name) allowed on top of the file itself. */
export const MULTIPART_ENVELOPE = 64 * 1024;

/**
 * A file that has arrived in a temporary file of the upload folder (so that the local storage
 * can rename it into place): its size and hash computed while it was written, and its first
 * bytes for sniffing. The caller removes `path` when it is done (a rename leaves nothing to remove).
 */
export type ReceivedFile = { path: string; originalName: string; size: number; sha256: string; head: Uint8Array };

/**
 * What an upload hands the data layer: the body of a request, received only once the data layer
 * has checked who may upload and how large the file may be; or bytes already in memory (generated
 * documents, seeds, tests).
 */
export type IncomingFile = { receive(maxBytes: number): Promise<ReceivedFile> } | { bytes: Uint8Array; originalName: string };

/** Where files wait while they arrive; the sweep removes what a crash left here. */
export function incomingDir(): string {
  return path.join(/*turbopackIgnore: true*/ defaultUploadDir(), '.incoming');
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 ** 2) * 10) / 10} MB`;

/** 413, naming the limit: the file is larger than its target allows. */
export function fileTooLarge(maxBytes: number): DomainError {
  return new DomainError('tooLarge', `The file may be at most ${megabytes(maxBytes)}.`, { file: ['fileTooLarge'] });
}

const fileMissing = (why: string) => new DomainError('invalid', why, { file: ['fileEmpty'] });

/** Hashes, counts and keeps the head of what passes through; fails at the first byte over `maxBytes`. */
class Measure extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  private readonly headChunks: Buffer[] = [];
  private headLength = 0;

  /** `wasCut`: the source stopped at the limit rather than at the file's end (busboy's `truncated`). */
  constructor(
    private readonly maxBytes: number,
    private readonly wasCut: () => boolean = () => false,
  ) {
    super();
  }

  _flush(done: TransformCallback) {
    done(this.wasCut() ? fileTooLarge(this.maxBytes) : null);
  }

  _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    this.size += chunk.byteLength;
    if (this.size > this.maxBytes) return done(fileTooLarge(this.maxBytes));
    this.hash.update(chunk);
    if (this.headLength < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - this.headLength);
      this.headChunks.push(Buffer.from(part));
      this.headLength += part.byteLength;
    }
    done(null, chunk);
  }

  head(): Uint8Array {
    return new Uint8Array(Buffer.concat(this.headChunks));
  }
}

/** Call first: writeTemp attaches its pipeline in the tick its source appears, or an early error would go unheard. */
async function ensureIncomingDir(): Promise<string> {
  const dir = incomingDir();
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Writes `source` to a new temporary file in `dir`, measuring it on the way; the file is removed if anything fails. */
async function writeTemp(
  dir: string,
  source: Readable,
  originalName: string,
  maxBytes: number,
  wasCut?: () => boolean,
): Promise<ReceivedFile> {
  const target = path.join(dir, `${randomUUID()}.tmp`);
  const measure = new Measure(maxBytes, wasCut);
  try {
    await pipeline(source, measure, createWriteStream(target, { flags: 'wx', mode: 0o600 }));
    const handle = await open(target, 'r');
    await handle.sync().finally(() => handle.close());
  } catch (error) {
    await rm(target, { force: true });
    throw error;
  }
  return { path: target, originalName, size: measure.size, sha256: measure.hash.digest('hex'), head: measure.head() };
}

/** Bytes already in memory, received like an upload so that every file takes one path. */
export async function receiveBytes(bytes: Uint8Array, originalName: string, maxBytes: number): Promise<ReceivedFile> {
  // The size limit is the content check's to report (it names the rule), so nothing is cut here.
  return writeTemp(
    await ensureIncomingDir(),
    Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]),
    originalName,
    Math.max(maxBytes, bytes.byteLength),
  );
}

/** The declared body length; refuses a body that does not say how long it is, or says it is too long. */
function declaredLength(request: Request, maxBytes: number): number {
  const header = request.headers.get('content-length');
  if (header === null) {
    throw new DomainError('lengthRequired', 'Send the file with a Content-Length header (no chunked uploads).');
  }
  if (!/^\d{1,15}$/.test(header.trim()))
    throw new DomainError('invalid', 'The Content-Length header is not a number.', { file: ['fileEmpty'] });
  const length = Number(header);
  if (length > maxBytes + MULTIPART_ENVELOPE) throw fileTooLarge(maxBytes);
  return length;
}

/**
 * Streams the `file` field of a multipart/form-data request into a temporary file: the declared
 * length is checked against the limit before a byte is read, and the file is cut off at the limit
 * whatever the header said — the body is never held in memory as a whole.
 */
export async function receiveMultipartFile(request: Request, maxBytes: number): Promise<ReceivedFile> {
  const length = declaredLength(request, maxBytes);
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body || length === 0) {
    throw fileMissing('not a multipart/form-data body');
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      // The envelope may not grow without bound either; only one file, the rest is refused.
      limits: { files: 1, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 20, fileSize: maxBytes },
      defParamCharset: 'utf8',
    });
  } catch {
    throw fileMissing('unreadable multipart header');
  }
  const dir = await ensureIncomingDir();
  const body = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
  let envelope = 0;
  const limitEnvelope = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      envelope += chunk.byteLength;
      done(envelope > maxBytes + MULTIPART_ENVELOPE ? fileTooLarge(maxBytes) : null, chunk);
    },
  });

  return new Promise<ReceivedFile>((resolve, reject) => {
    let received: Promise<ReceivedFile> | null = null;
    let part: Readable | null = null;
    let settled = false;
    // A refusal of ours (the limit) wins over what it causes downstream (a parser cut short).
    const fail = (error: unknown, why = 'malformed multipart body') => {
      if (settled) return;
      settled = true;
      body.destroy();
      part?.destroy();
      const refusal = error instanceof DomainError ? error : fileMissing(why);
      // The temporary file is gone before the caller hears of the refusal.
      void (received ?? Promise.resolve(null))
        .then((file) => file && rm(file.path, { force: true }))
        .catch(() => {})
        .finally(() => reject(refusal));
    };
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || received) {
        stream.resume();
        return;
      }
      part = stream;
      // busboy ends the part at `fileSize` and flags it; Measure turns the flag into the refusal.
      const wasCut = () => (stream as typeof stream & { truncated?: boolean }).truncated === true;
      received = writeTemp(dir, stream, info.filename ?? '', maxBytes, wasCut);
      received.catch((error: unknown) => fail(error));
    });
    parser.on('error', fail);
    parser.on('close', () => {
      if (!received) return fail(fileMissing('no file field'));
      received.then(
        (file) => {
          if (settled) return;
          if (file.size === 0) return fail(fileMissing('empty file'));
          settled = true;
          resolve(file);
        },
        (error: unknown) => fail(error),
      );
    });
    pipeline(body, limitEnvelope, parser).catch((error: unknown) => fail(error, 'the body ended early'));
  });
}
