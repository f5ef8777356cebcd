import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { StorageError } from './errors';
import { isMaterialContentType, MATERIAL_CONTENT_TYPES } from './rules';
import type { FileStorage } from './types';

/**
 * A key is a random UUID plus an extension, nothing else: checked on every call, so no key
 * can name a path outside the upload folder however it reaches us.
 */
const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[a-z0-9]{1,8}$/;

const TYPE_BY_EXTENSION: Record<string, string> = Object.fromEntries(
  Object.entries(MATERIAL_CONTENT_TYPES).map(([type, ext]) => [ext, type]),
);

/**
 * The upload folder, read when used rather than at import so tests and scripts can point it
 * elsewhere. In standalone mode the working directory is `.next/standalone`: deployments
 * should set an absolute UPLOAD_DIR.
 */
export function defaultUploadDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.UPLOAD_DIR ?? path.join('data', 'uploads'));
}

export function isLocalKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

function extensionOf(name: string, contentType: string): string {
  if (isMaterialContentType(contentType)) return MATERIAL_CONTENT_TYPES[contentType];
  const ext = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase();
  return ext ?? 'bin';
}

export function createLocalDiskStorage(options: { root?: string } = {}): FileStorage {
  const root = () => options.root ?? defaultUploadDir();
  // Two hex characters of the UUID: 256 folders keep any one directory small.
  const pathOf = (key: string) => {
    if (!isLocalKey(key)) throw new StorageError('Invalid storage key');
    return path.join(/*turbopackIgnore: true*/ root(), key.slice(0, 2), key);
  };

  return {
    kind: 'local',

    async put({ bytes, name, contentType }) {
      const key = `${randomUUID()}.${extensionOf(name, contentType)}`;
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Written beside the target and renamed: a reader never sees half a file.
      const temp = `${target}.${randomUUID()}.tmp`;
      try {
        const handle = await open(temp, 'wx', 0o600);
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true }).catch(() => {});
        throw new StorageError('Could not write the file to the upload folder', { cause: error });
      }
      return { key, url: null };
    },

    async putFile({ path: source, name, contentType }) {
      const key = `${randomUUID()}.${extensionOf(name, contentType)}`;
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      try {
        // The temporary file lives in the upload folder, so this is a rename; a root on another
        // disk (a test's) takes a copy beside the target first, so a reader never sees half a file.
        await rename(source, target).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EXDEV') throw error;
          const temp = `${target}.${randomUUID()}.tmp`;
          await copyFile(source, temp);
          await rename(temp, target).catch(async (failure: unknown) => {
            await rm(temp, { force: true });
            throw failure;
          });
        });
      } catch (error) {
        throw new StorageError('Could not move the file into the upload folder', { cause: error });
      }
      return { key, url: null };
    },

    async get(key) {
      const file = pathOf(key);
      try {
        const buffer = await readFile(file);
        const body = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        const ext = key.slice(key.lastIndexOf('.') + 1);
        return { body, contentType: TYPE_BY_EXTENSION[ext] ?? 'application/octet-stream' };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new StorageError('Could not read the file from the upload folder', { cause: error });
      }
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
