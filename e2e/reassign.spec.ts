import { expect, test, openAtDesk, signIn } from './fixtures';

// A market-supervision case suspended in review (XC-2026-000034), used by no other spec.
const CASE_NUMBER = 'XC-2026-000034';

test('the manager opens a case on the desk and reassigns it to a reviewer of its department', async ({ page, browser }) => {
  // The reviewer's queue gives the case's address.
  const reviewer = await browser.newPage();
  await openAtDesk(reviewer, 'reviewer3@onewindow.test', 'suspended', CASE_NUMBER);
  await expect(reviewer).toHaveURL(/\/desk\/cases\/[0-9a-f-]{36}$/);
  const casePath = new URL(reviewer.url()).pathname;
  await reviewer.close();

  await signIn(page, 'manager@onewindow.test');
  await page.goto(casePath);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: '返回管理看板' })).toBeVisible();
  // Read-only: no intake or review actions for a manager.
  await expect(page.getByRole('button', { name: '恢复' })).toHaveCount(0);

  const form = page.getByRole('region', { name: '改派' });
  await form.getByRole('button', { name: '改派' }).click();
  await expect(form.getByText('此项为必填项。').first()).toBeVisible();
  await form.getByLabel('新承办人').selectOption({ label: '马晓婷 · 许昌市市场监督管理局经济技术开发区分局' });
  await form.getByLabel('改派原因').fill('原承办人休假，由马晓婷接办');
  await form.getByRole('button', { name: '改派' }).click();
  await expect(page.getByText('现由马晓婷承办。')).toBeVisible();
  await expect(page.getByText('原承办人休假，由马晓婷接办').first()).toBeVisible();
});
