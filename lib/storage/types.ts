/** The one storage interface: local disk by default, UploadThing when its token is configured. */
export interface FileStorage {
  readonly kind: 'local' | 'uploadthing';
  put(input: { bytes: Uint8Array; name: string; contentType: string }): Promise<{ key: string; url: string | null }>;
  /**
   * Stores a file that has arrived on disk (an upload's temporary file), never reading it into
   * memory: the local storage renames it into place, UploadThing streams it. The caller removes
   * `path` afterwards if it is still there.
   */
  putFile(input: { path: string; name: string; contentType: string }): Promise<{ key: string; url: string | null }>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<{ body: Uint8Array; contentType: string } | null>;
  /** Removes the object; a key that is already gone is not an error. */
  delete(key: string): Promise<void>;
}
