import 'server-only';
import { openAsBlob } from 'node:fs';
import { UTApi, UTFile } from 'uploadthing/server';
import type { UploadFileResult } from 'uploadthing/types';
import { StorageError } from './errors';
import type { FileStorage } from './types';

type FetchLike = typeof globalThis.fetch;

/**
 * UploadThing's keys are URL-safe identifiers (older ones carry a `_name.ext` suffix); a key
 * is checked before it becomes part of a URL or an API call.
 */
const KEY_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,255}$/;

export function isUploadThingKey(key: string): boolean {
  return KEY_PATTERN.test(key) && !key.includes('..');
}

/** The app id inside UPLOADTHING_TOKEN (base64 of `{ apiKey, appId, regions }`). */
export function appIdFromToken(token: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { appId?: unknown; apiKey?: unknown };
    if (typeof parsed.appId === 'string' && parsed.appId && typeof parsed.apiKey === 'string') return parsed.appId;
  } catch {
    // fall through to the error below
  }
  throw new StorageError('UPLOADTHING_TOKEN is not a valid UploadThing token');
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}

/**
 * The production adapter. Files are read back through short-lived signed URLs
 * (`https://<appId>.ufs.sh/f/<key>?signature=…`), which serve public and private (ACL)
 * apps alike, so case materials can be kept private on the UploadThing side.
 */
export function createUploadThingStorage(options: {
  token: string;
  fetch?: FetchLike;
  logLevel?: 'Error' | 'None';
}): FileStorage {
  const { token } = options;
  const appId = appIdFromToken(token);
  const fetchImpl: FetchLike = options.fetch ?? ((...args) => globalThis.fetch(...args));
  const utapi = new UTApi({ token, fetch: fetchImpl, logLevel: options.logLevel ?? 'Error' });
  const checked = (key: string) => {
    if (!isUploadThingKey(key)) throw new StorageError('Invalid storage key');
    return key;
  };

  const upload = async (file: UTFile) => {
    let result: UploadFileResult;
    try {
      result = await utapi.uploadFiles(file);
    } catch (error) {
      throw new StorageError(`UploadThing upload failed: ${describe(error)}`, { cause: error });
    }
    if (result.error || !result.data) {
      throw new StorageError(`UploadThing upload failed: ${describe(result.error)}`, { cause: result.error });
    }
    return { key: result.data.key, url: result.data.ufsUrl };
  };

  return {
    kind: 'uploadthing',

    put: ({ bytes, name, contentType }) => upload(new UTFile([bytes as Uint8Array<ArrayBuffer>], name, { type: contentType })),

    // A Blob backed by the file: its bytes are read as they are sent, not loaded first.
    putFile: async ({ path, name, contentType }) => upload(new UTFile([await openAsBlob(path)], name, { type: contentType })),

    async get(key) {
      let url: string;
      try {
        url = (await utapi.generateSignedURL(checked(key), { expiresIn: 60 })).ufsUrl;
      } catch (error) {
        if (error instanceof StorageError) throw error;
        throw new StorageError(`UploadThing could not sign a URL for ${key}: ${describe(error)}`, { cause: error });
      }
      let response: Response;
      try {
        response = await fetchImpl(url, { cache: 'no-store' });
      } catch (error) {
        throw new StorageError(`UploadThing is unreachable (${appId}.ufs.sh): ${describe(error)}`, { cause: error });
      }
      if (response.status === 404) return null;
      if (!response.ok) throw new StorageError(`UploadThing answered ${response.status} for file ${key}`);
      return {
        body: new Uint8Array(await response.arrayBuffer()),
        contentType: response.headers.get('content-type') ?? 'application/octet-stream',
      };
    },

    async delete(key) {
      let result: { readonly success: boolean };
      try {
        result = await utapi.deleteFiles(checked(key));
      } catch (error) {
        if (error instanceof StorageError) throw error;
        throw new StorageError(`UploadThing delete failed: ${describe(error)}`, { cause: error });
      }
      if (!result.success) throw new StorageError(`UploadThing did not delete file ${key}`);
    },
  };
}
