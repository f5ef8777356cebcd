import { expect, test, DEMO_PASSWORD } from './fixtures';

// What the framework or the database used to answer with a 500 (issue 13, finding 3): each is
// now a 4xx with a message, from the running server.

test('a path that is not percent-encoded UTF-8 is a 400, on pages and on the API', async ({ request }) => {
  for (const path of ['/api/v1/services/%ff', '/api/files/%ff', '/verify/%ff', '/track/%ff', '/cases/%E4']) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(400);
    expect(await res.text(), path).toMatch(/malformed percent-encoding/);
  }
});

test('control characters and forged cursors are field errors', async ({ request }) => {
  const check = await request.post('/api/v1/names/check', {
    data: { region: '许昌', tradeName: '鸿\u0000业', industry: '', organizationForm: '有限公司' },
  });
  expect(check.status()).toBe(400);
  expect((await check.json()).error.fields.tradeName[0]).toMatch(/control characters/i);

  const search = await request.get('/api/v1/services?q=%00');
  expect(search.status()).toBe(400);
  // The catalogue page's GET form ignores a bad value, as it does any other.
  expect((await request.get('/services?q=%00')).status()).toBe(200);

  expect((await request.get('/api/v1/desk/queue?item=%00')).status()).toBe(400);
  const cursor = Buffer.from(`2026-13-45|${'a'.repeat(36)}`).toString('base64url');
  const forged = await request.get(`/api/v1/desk/queue?after=${cursor}`);
  expect(forged.status()).toBe(400);
  expect((await forged.json()).error.fields.after[0]).toMatch(/cursor/);
});

test('a server action call with an empty, malformed or oversized body is a 4xx', async ({ page, request }) => {
  // The sign-in form's action id, from a real (failed) sign-in.
  await page.goto('/login');
  await page.getByLabel(/邮箱|E-mail/).fill('nobody@onewindow.test');
  await page.getByLabel(/^(密码|Password)$/).fill('wrong-password-1');
  const [signIn] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']),
    page.getByRole('button', { name: /^(登录|Sign in)$/ }).click(),
  ]);
  const actionId = signIn.headers()['next-action'];
  const call = (data: string, contentType = 'text/plain;charset=UTF-8') =>
    request.post('/login', { headers: { 'Next-Action': actionId, 'Content-Type': contentType }, data });

  for (const [data, contentType, message] of [
    ['', undefined, /body is empty/],
    ['not json', undefined, /must be the JSON or multipart form/],
    ['--x\r\ngarbage', 'multipart/form-data; boundary=x', /must be the JSON or multipart form/],
  ] as const) {
    const res = await call(data, contentType);
    expect(res.status(), data).toBe(400);
    expect(await res.text(), data).toMatch(message);
  }
  const huge = await call(`"${'a'.repeat(1024 * 1024 + 1)}"`);
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toMatch(/at most 1 MB/);
});

test('a callback URL off this site is refused or sent home', async ({ request, page }) => {
  const signin = await request.get('/api/auth/signin?callbackUrl=%5C%5Cevil.com', { maxRedirects: 0 });
  expect(signin.status()).toBe(400);
  expect((await signin.json()).error.message).toMatch(/path on this site/);

  // Browsers read /\evil.com as //evil.com: the sign-in goes to the applicant's home instead.
  await page.goto('/login?callbackUrl=%2F%5Cevil.com');
  await page.getByLabel(/邮箱|E-mail/).fill('applicant@onewindow.test');
  await page.getByLabel(/^(密码|Password)$/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
});

test('a page path ending in .png still goes through the proxy', async ({ request }) => {
  const res = await request.get('/admin/users/x.png', { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers().location).toMatch(/\/login\?callbackUrl=/);
});
