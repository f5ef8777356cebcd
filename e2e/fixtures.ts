import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'OneWindow-2026';

/** Signs in through the form, as a person would, in whichever language the page is in. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel(/邮箱|E-mail/).fill(email);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
