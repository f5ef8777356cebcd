import { expect, signIn, test } from './fixtures';

// The demo officer serves 河南鸿之业新材料有限公司 (and a few invented enterprises), not 许昌巨领能源科技有限公司.
test('the officer lands on their home, sees their enterprise and opens one of its cases', async ({ page }) => {
  await signIn(page, 'officer@onewindow.test');
  await expect(page).toHaveURL(/\/officer$/);
  await expect(page.getByRole('heading', { level: 1, name: '我的服务企业' })).toBeVisible();
  const enterprises = page.getByTestId('officer-enterprise');
  await expect(enterprises.filter({ hasText: '河南鸿之业新材料有限公司' })).toBeVisible();
  await expect(enterprises.filter({ hasText: '许昌巨领能源科技有限公司' })).toHaveCount(0);

  const cases = page.getByRole('region', { name: /在办办件/ });
  await expect(cases.getByRole('cell', { name: '河南鸿之业新材料有限公司' }).first()).toBeVisible();
  await expect(cases.getByRole('cell', { name: '许昌巨领能源科技有限公司' })).toHaveCount(0);
  const first = cases.getByRole('link', { name: /XC-2026-\d{6}/ }).first();
  const number = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/desk\/cases\//);
  await expect(page.getByText(number).first()).toBeVisible();
});

test('a manager opens the desk queue read-only', async ({ page }) => {
  await signIn(page, 'manager@onewindow.test');
  const response = await page.goto('/desk');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
});
