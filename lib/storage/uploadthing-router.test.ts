import { createHmac } from 'node:crypto';
import { createRouteHandler } from 'uploadthing/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DomainError, forbidden } from '@/lib/errors';
import { createCaseMaterialRouter, type AuthorizeCaseMaterialUpload, type RecordCaseMaterialUpload } from './uploadthing-router';

// The UploadThing protocol as STACK.md §1 describes it, run offline: a fake token, no network.
const apiKey = 'sk_test_offline';
const token = Buffer.from(JSON.stringify({ apiKey, appId: 'testapp', regions: ['sea1'] })).toString('base64');
const BASE = 'http://localhost:3000/api/uploadthing';
const input = { caseId: '7f1c2d4e-1111-4aaa-8bbb-123456789abc', materialCode: 'articles-of-association' };

const authorize = vi.fn<AuthorizeCaseMaterialUpload>();
const record = vi.fn<RecordCaseMaterialUpload>();
const outbound: { url: string; body: unknown }[] = [];

const handler = createRouteHandler({
  router: createCaseMaterialRouter({ authorize, record }),
  config: {
    token,
    isDev: false,
    logLevel: 'None',
    handleDaemonPromise: 'await',
    fetch: async (url, init) => {
      const body = init?.body;
      const text = body instanceof Uint8Array ? new TextDecoder().decode(body) : typeof body === 'string' ? body : null;
      outbound.push({ url: String(url), body: text ? JSON.parse(text) : null });
      return Response.json({ ok: true });
    },
  },
});

function uploadRequest(files: { name: string; size: number; type: string }[], body = input) {
  return handler(
    new Request(`${BASE}?actionType=upload&slug=caseMaterial`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ files, input: body }),
    }),
  );
}

function callbackRequest(metadata: Record<string, unknown>, signWith = apiKey) {
  const key = 'utKey123abc';
  const body = JSON.stringify({
    status: 'uploaded',
    origin: 'https://sea1.ingest.uploadthing.com',
    metadata,
    file: {
      name: '公司章程.pdf',
      size: 1234,
      type: 'application/pdf',
      customId: null,
      key,
      url: `https://utfs.io/f/${key}`,
      appUrl: `https://utfs.io/a/testapp/${key}`,
      ufsUrl: `https://testapp.ufs.sh/f/${key}`,
      fileHash: 'abc',
    },
  });
  return handler(
    new Request(`${BASE}?slug=caseMaterial`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'uploadthing-hook': 'callback',
        'x-uploadthing-signature': `hmac-sha256=${createHmac('sha256', signWith).update(body).digest('hex')}`,
      },
      body,
    }),
  );
}

beforeEach(() => {
  authorize.mockReset().mockResolvedValue({ userId: 'user-1' });
  record.mockReset().mockResolvedValue({ materialCode: input.materialCode, version: 2, fileId: 'file-1' });
  outbound.length = 0;
});

describe('UploadThing caseMaterial route', () => {
  it('GET returns the route config with the shared rules', async () => {
    const response = await handler(new Request(BASE));
    expect(response.status).toBe(200);
    const [route] = (await response.json()) as {
      slug: string;
      config: Record<string, { maxFileSize: string; maxFileCount: number }>;
    }[];
    expect(route.slug).toBe('caseMaterial');
    expect(Object.keys(route.config).sort()).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
    expect(route.config['application/pdf']).toMatchObject({ maxFileSize: '64MB', maxFileCount: 1 });
  });

  it('signs one valid upload, with the uploader in the metadata', async () => {
    const response = await uploadRequest([{ name: 'a.pdf', size: 1000, type: 'application/pdf' }]);
    expect(response.status).toBe(200);
    const [presigned] = (await response.json()) as { url: string; key: string }[];
    expect(presigned.url).toMatch(/^https:\/\/sea1\.ingest\.uploadthing\.com\/.+signature=hmac-sha256/);
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({ input, file: { name: 'a.pdf', size: 1000, type: 'application/pdf' } }),
    );
    const metadataCall = outbound.find((c) => c.url.endsWith('/route-metadata'));
    expect(metadataCall?.body).toMatchObject({ metadata: { ...input, userId: 'user-1' }, fileKeys: [presigned.key] });
  });

  it('refuses a file over the route ceiling with 400', async () => {
    const response = await uploadRequest([{ name: 'big.pdf', size: 65 * 1024 * 1024, type: 'application/pdf' }]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('FileSizeMismatch');
  });

  it('refuses a type outside PDF/JPEG/PNG with 400', async () => {
    const response = await uploadRequest([{ name: 'notes.txt', size: 10, type: 'text/plain' }]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('InvalidFileType');
  });

  it('refuses invalid input before asking the data layer', async () => {
    const response = await uploadRequest([{ name: 'a.pdf', size: 10, type: 'application/pdf' }], {
      caseId: '',
      materialCode: 'x',
    });
    expect(response.status).toBe(400);
    expect(authorize).not.toHaveBeenCalled();
  });

  it('answers 403 when the data layer refuses the uploader', async () => {
    authorize.mockRejectedValue(forbidden('case.material.upload'));
    const response = await uploadRequest([{ name: 'a.pdf', size: 10, type: 'application/pdf' }]);
    expect(response.status).toBe(403);
    expect(outbound).toHaveLength(0);
  });

  it("passes the material's own limit back as a translatable 400", async () => {
    authorize.mockRejectedValue(new DomainError('invalid', 'size', { file: ['fileTooLarge'] }));
    const response = await uploadRequest([{ name: 'a.pdf', size: 6 * 1024 * 1024, type: 'application/pdf' }]);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: 'fileTooLarge' });
  });

  it('records the upload when the signed callback arrives', async () => {
    const metadata = { ...input, userId: 'user-1' };
    const response = await callbackRequest(metadata);
    expect(response.status).toBe(200);
    expect(record).toHaveBeenCalledWith({
      metadata,
      file: {
        key: 'utKey123abc',
        name: '公司章程.pdf',
        size: 1234,
        type: 'application/pdf',
        ufsUrl: 'https://testapp.ufs.sh/f/utKey123abc',
      },
    });
    const result = outbound.find((c) => c.url.endsWith('/callback-result'));
    expect(result?.body).toEqual({
      fileKey: 'utKey123abc',
      callbackData: { ok: true, materialCode: input.materialCode, version: 2, fileId: 'file-1' },
    });
  });

  it('returns a refusal from the record step as server data for the browser', async () => {
    record.mockRejectedValue(new DomainError('invalid', 'file', { file: ['fileType'] }));
    await callbackRequest({ ...input, userId: 'user-1' });
    const result = outbound.find((c) => c.url.endsWith('/callback-result'));
    expect(result?.body).toEqual({
      fileKey: 'utKey123abc',
      callbackData: { ok: false, code: 'invalid', fields: { file: ['fileType'] } },
    });
  });

  it('ignores a callback with a bad signature', async () => {
    const response = await callbackRequest({ ...input, userId: 'user-1' }, 'sk_wrong');
    expect(response.status).toBe(400);
    expect(record).not.toHaveBeenCalled();
  });
});
