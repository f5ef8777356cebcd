/** The one storage interface: local disk by default, UploadThing when its token is configured. */
export interface FileStorage {
  readonly kind: 'local' | 'uploadthing';
  put(input: { bytes: Uint8Array; name: string; contentType: string }): Promise<{ key: string; url: string | null }>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<{ body: Uint8Array; contentType: string } | null>;
  /** Removes the object; a key that is already gone is not an error. */
  delete(key: string): Promise<void>;
}
