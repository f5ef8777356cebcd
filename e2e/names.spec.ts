import { expect, test } from './fixtures';

test('a visitor composes a name and sees each verdict explained', async ({ page }) => {
  await page.goto('/names');
  await expect(page.getByRole('heading', { level: 1, name: '企业名称自主申报查询' })).toBeVisible();

  await page.getByLabel('行业或经营特点').fill('新材料');
  await page.getByLabel('组织形式').selectOption({ index: 1 });

  // Restricted prefix: refused, with the rule in words.
  await page.getByLabel('字号').fill('中国鸿业');
  await expect(page.getByText('不予登记').first()).toBeVisible();

  // The trade name of a registered demo enterprise in the same industry: refused, naming it.
  await page.getByLabel('字号').fill('鸿之业');
  await expect(page.getByText('不予登记').first()).toBeVisible();
  await expect(page.getByText(/鸿之业新材料有限公司/).first()).toBeVisible();

  // A fresh trade name: available.
  await page.getByLabel('字号').fill('翊澄瑄');
  await expect(page.getByText('可以申报').first()).toBeVisible();
});

test('the name check API explains bad input with field errors', async ({ request }) => {
  const bad = await request.post('/api/v1/names/check', { data: { region: '许昌' } });
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.error.code).toBe('invalid');
  expect(Object.keys(body.error.fields)).toEqual(expect.arrayContaining(['tradeName', 'organizationForm']));
});
