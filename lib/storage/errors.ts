/**
 * A storage backend failed (disk full, UploadThing unreachable, a key that cannot be ours).
 * Never a user mistake: routes log it and answer with a generic error.
 */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}
