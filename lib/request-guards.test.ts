import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT, refusedActionBody, refusedPath } from './request-guards';

describe('refusedPath', () => {
  it('lets any decodable path through', () => {
    for (const path of ['/', '/verify/91411000MA12345678', '/services/%E8%AE%B8', '/api/files/a%20b'])
      expect(refusedPath(path)).toBeNull();
  });

  it('answers a malformed percent-escape with 400: JSON on the API, text on pages', async () => {
    const api = refusedPath('/api/v1/services/%ff')!;
    expect(api.status).toBe(400);
    expect((await api.json()).error.message).toMatch(/percent-encoding/);
    for (const path of ['/verify/%ff', '/track/%E4', '/cases/%']) {
      const page = refusedPath(path)!;
      expect(page.status).toBe(400);
      expect(await page.text()).toMatch(/malformed percent-encoding/);
    }
  });
});

describe('refusedActionBody', () => {
  const action = (body: BodyInit | null, headers: Record<string, string> = {}) =>
    new Request('http://localhost/login', { method: 'POST', body, headers: { 'next-action': 'abc123', ...headers } });

  it('ignores anything that is not a server action call', async () => {
    expect(await refusedActionBody(new Request('http://localhost/login', { method: 'POST', body: '' }))).toBeNull();
    expect(await refusedActionBody(new Request('http://localhost/login', { headers: { 'next-action': 'x' } }))).toBeNull();
  });

  it('lets the bodies Next sends through, and leaves the body readable', async () => {
    const json = action('[{"email":"a@b.c","password":"x"}]', { 'content-type': 'text/plain;charset=UTF-8' });
    expect(await refusedActionBody(json)).toBeNull();
    expect(await json.text()).toBe('[{"email":"a@b.c","password":"x"}]');
    const form = new FormData();
    form.set('0', '["$K1"]');
    expect(await refusedActionBody(action(form))).toBeNull();
  });

  it('answers an empty, malformed or oversized body with 400 or 413', async () => {
    expect((await refusedActionBody(action('')))?.status).toBe(400);
    expect((await refusedActionBody(action('not json', { 'content-type': 'text/plain' })))?.status).toBe(400);
    expect((await refusedActionBody(action('\u0000\u00ff', { 'content-type': 'text/plain' })))?.status).toBe(400);
    const notMultipart = action('garbage', { 'content-type': 'multipart/form-data; boundary=x' });
    expect((await refusedActionBody(notMultipart))?.status).toBe(400);
    const huge = await refusedActionBody(action(`"${'a'.repeat(ACTION_BODY_LIMIT)}"`));
    expect(huge?.status).toBe(413);
    expect(await huge?.text()).toMatch(/at most 1 MB/);
    expect((await refusedActionBody(action('[]', { 'content-length': String(ACTION_BODY_LIMIT + 1) })))?.status).toBe(413);
  });
});
