import { expect, test } from '@playwright/test';
import { signIn } from './fixtures';

for (const path of ['/', '/services', '/services/XC-JP-003', '/register']) {
  test(`${path} fits a phone screen`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('an applicant signs in on a phone and sees their cases', async ({ page }) => {
  await signIn(page, 'applicant@onewindow.test');
  await expect(page.getByRole('heading', { level: 1, name: '我的办件' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
