import 'server-only';
import { createLocalDiskStorage, defaultUploadDir } from './local-disk';
import type { FileStorage } from './types';
import { createUploadThingStorage } from './uploadthing';

export type { FileStorage } from './types';
export { StorageError } from './errors';

const cache = new Map<string, FileStorage>();

/**
 * The storage files go to: UploadThing when UPLOADTHING_TOKEN is set, otherwise the local
 * upload folder (the embedded default, also used by dev and tests). Read per call, so a
 * test or script can switch by setting the environment.
 */
export function getStorage(): FileStorage {
  const token = process.env.UPLOADTHING_TOKEN;
  const id = token ? `uploadthing:${token}` : `local:${defaultUploadDir()}`;
  let storage = cache.get(id);
  if (!storage) {
    storage = token ? createUploadThingStorage({ token }) : createLocalDiskStorage({ root: defaultUploadDir() });
    cache.set(id, storage);
  }
  return storage;
}
