import { expect, test } from './fixtures';
import { trackingCode } from '../lib/domain/case-tracking';
import { makeCreditCode } from '../lib/domain/credit-code';

// The secret scripts/e2e-server.mjs gives the server: the query code printed on a notice is derived from it.
const E2E_SECRET = 'e2e-only-secret-not-for-production-0123456789abc';
// The first seeded demo case (db/seed-data.ts numbers them in order of submission).
const CASE_NUMBER = 'XC-2026-000001';

test('the footer leads to the licence check, which validates the credit code on the field', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: '证照核验' }).click();
  await expect(page).toHaveURL(/\/verify$/);
  await expect(page.getByRole('heading', { level: 1, name: '证照核验' })).toBeVisible();

  const field = page.getByLabel('统一社会信用代码');
  await field.fill('91411000MA45');
  await page.getByRole('button', { name: '核验' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('请输入 18 位统一社会信用代码')).toBeVisible();

  const valid = makeCreditCode({ authority: '9', type: '1', region: '411000', sequence: 987654 });
  const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
  await page.getByLabel('统一社会信用代码').fill(wrongCheck);
  await page.getByRole('button', { name: '核验' }).click();
  await expect(page.getByText('该代码未通过校验位校验')).toBeVisible();

  // A well-formed code (typed in lower case) opens its verification page: not issued here.
  await page.getByLabel('统一社会信用代码').fill(valid.toLowerCase());
  await page.getByRole('button', { name: '核验' }).click();
  await expect(page).toHaveURL(`/verify/${valid}`);
  await expect(page.getByRole('heading', { name: '未找到' })).toBeVisible();
});

test('the footer leads to case progress: the number and query code from the notice open it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Case progress' }).click();
  await expect(page).toHaveURL(/\/track$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Case progress' })).toBeVisible();

  // Each field says what is wrong with it.
  await page.getByLabel('Case number').fill('2026-1');
  await page.getByLabel('Query code').fill('abc');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByLabel('Case number')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter the case number printed on the notice')).toBeVisible();
  await expect(page.getByText('Enter the 10-character query code')).toBeVisible();

  // A well-formed but wrong code is told apart from nothing.
  await page.getByLabel('Case number').fill(CASE_NUMBER);
  await page.getByLabel('Query code').fill('aaaaaaaaaa');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByText(/No case matches/)).toBeVisible();

  const code = trackingCode(CASE_NUMBER, E2E_SECRET);
  await page.getByLabel('Case number').fill(CASE_NUMBER.toLowerCase());
  await page.getByLabel('Query code').fill(code.toUpperCase());
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page).toHaveURL(`/track/${CASE_NUMBER}?k=${code}`);
  await expect(page.getByText(CASE_NUMBER).first()).toBeVisible();
});
