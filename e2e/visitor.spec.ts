import { expect, test } from './fixtures';

test('a visitor browses the catalogue in Chinese, switches to English and reads a guide', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '企业办事，一网通办' })).toBeVisible();

  // Browse by department: the market-regulation branch handles names and establishment.
  await page.getByRole('link', { name: '许昌市市场监督管理局经济技术开发区分局' }).first().click();
  await expect(page).toHaveURL(/\/services\?department=market/);
  await expect(page.getByRole('heading', { level: 1, name: '办事指南' })).toBeVisible();
  await expect(page.getByRole('link', { name: '企业设立登记（新办营业执照）' })).toBeVisible();
  await expect(page.getByRole('link', { name: '工程建设项目联合审批' })).toHaveCount(0);

  // Search finds the combined approval by part of its name.
  await page.getByRole('link', { name: '清除筛选' }).click();
  await page.getByLabel('关键词').fill('联合审批');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole('link', { name: '工程建设项目联合审批' })).toBeVisible();

  await page.goto('/services/XC-SL-002');
  await expect(page.getByRole('heading', { level: 1, name: '企业设立登记（新办营业执照）' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '申请材料' })).toBeVisible();
  await expect(page.getByText('公司章程').first()).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Materials' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Legal basis' })).toBeVisible();
  await expect(page.getByText('Core', { exact: true }).first()).toBeVisible();

  // The choice is remembered on the next page.
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'All your business with the zone, through one window' }),
  ).toBeVisible();
});

test('an unknown service shows a helpful not-found page', async ({ page }) => {
  const response = await page.goto('/services/XC-NOPE-999');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
});

test('the public API lists the catalogue bilingually and documents itself', async ({ request }) => {
  const list = await request.get('/api/v1/services');
  expect(list.ok()).toBe(true);
  const body = await list.json();
  const codes = body.data.map((s: { code: string }) => s.code);
  // The name, establishment, food permit and combined items, ten department items of a project and its four stage items.
  expect(body.count).toBe(18);
  expect(codes).toEqual(expect.arrayContaining(['XC-MC-001', 'XC-SL-002', 'XC-JP-003', 'XC-JP-101', 'XC-XF-001']));

  const bad = await request.get('/api/v1/services?audience=aliens');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe('invalid');

  const openapi = await (await request.get('/api/v1/openapi.json')).json();
  expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/v1/services', '/api/v1/services/{code}']));
});
