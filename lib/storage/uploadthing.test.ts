import { afterEach, describe, expect, it, vi } from 'vitest';
import { getStorage, StorageError } from './index';
import { appIdFromToken, createUploadThingStorage, isUploadThingKey } from './uploadthing';

const token = Buffer.from(JSON.stringify({ apiKey: 'sk_test_x', appId: 'testapp', regions: ['sea1'] })).toString('base64');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('getStorage', () => {
  it('uses local disk without a token and UploadThing with one', () => {
    vi.stubEnv('UPLOADTHING_TOKEN', '');
    expect(getStorage().kind).toBe('local');
    vi.stubEnv('UPLOADTHING_TOKEN', token);
    expect(getStorage().kind).toBe('uploadthing');
  });

  it('refuses a token that is not one', () => {
    vi.stubEnv('UPLOADTHING_TOKEN', 'not-a-token');
    expect(() => getStorage()).toThrow(StorageError);
  });
});

describe('UploadThing storage offline', () => {
  const offline = vi.fn(async () => {
    throw new TypeError('fetch failed');
  });

  it('reads the app id from the token', () => {
    expect(appIdFromToken(token)).toBe('testapp');
  });

  it('surfaces an unreachable service as a StorageError on put, get and delete', async () => {
    const storage = createUploadThingStorage({ token, fetch: offline, logLevel: 'None' });
    const bytes = new TextEncoder().encode('%PDF-1.4');
    await expect(storage.put({ bytes, name: 'a.pdf', contentType: 'application/pdf' })).rejects.toThrow(
      /UploadThing upload failed/,
    );
    await expect(storage.get('abcDEF123')).rejects.toThrow(/UploadThing is unreachable \(testapp\.ufs\.sh\)/);
    await expect(storage.delete('abcDEF123')).rejects.toThrow(StorageError);
  });

  it('fetches a signed ufs.sh URL for the key and maps 404 to null', async () => {
    const seen: string[] = [];
    const storage = createUploadThingStorage({
      token,
      fetch: async (input) => {
        const url = String(input);
        seen.push(url);
        return url.includes('/f/missing')
          ? new Response('no', { status: 404 })
          : new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/png' } });
      },
    });
    const found = await storage.get('abcDEF123');
    expect(found).toEqual({ body: new Uint8Array([1, 2, 3]), contentType: 'image/png' });
    expect(seen[0]).toMatch(/^https:\/\/testapp\.ufs\.sh\/f\/abcDEF123\?.*signature=/);
    expect(await storage.get('missing')).toBeNull();
  });

  it('never puts an unsafe key into a URL or API call', async () => {
    const network = vi.fn(async () => new Response('unexpected'));
    const storage = createUploadThingStorage({ token, fetch: network });
    for (const key of ['../x', 'a/b', '', 'a b', '..']) {
      expect(isUploadThingKey(key)).toBe(false);
      await expect(storage.get(key)).rejects.toThrow(/Invalid storage key/);
      await expect(storage.delete(key)).rejects.toThrow(/Invalid storage key/);
    }
    expect(network).not.toHaveBeenCalled();
  });
});
