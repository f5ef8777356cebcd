import { expect, test, signIn } from './fixtures';

// Demo accounts no other spec signs in as.
const COPIED = 'agent3@onewindow.test';
const GUESSED = 'agent4@onewindow.test';

test('a copied session cookie stops working once its user signs out', async ({ page, browser }) => {
  await signIn(page, COPIED);
  await expect(page).toHaveURL(/\/my$/);
  const copy = await browser.newContext();
  await copy.addCookies(await page.context().cookies());
  const other = await copy.newPage();
  await other.goto('/my');
  await expect(other).toHaveURL(/\/my$/);

  await page.getByRole('button', { name: /^(退出|Sign out)$/ }).click();
  await expect(page.getByRole('link', { name: /^(登录|Sign in)$/ })).toBeVisible();

  await other.goto('/my');
  await expect(other).toHaveURL(/\/login/);
  await copy.close();
});

test('after five wrong passwords the sign-in form says how long to wait', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel(/邮箱|E-mail/).fill(GUESSED);
  const password = page.getByLabel(/^(密码|Password)$/);
  const submit = page.getByRole('button', { name: /^(登录|Sign in)$/ });
  const attempt = async (value: string) => {
    await password.fill(value);
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/login'));
    await submit.click();
    await answered;
  };
  for (let i = 1; i <= 5; i++) {
    await attempt(`wrong-password-${i}`);
    await expect(page.getByText('邮箱或密码不正确')).toBeVisible();
  }
  // The right password now waits too: it is not even checked.
  await attempt('OneWindow-2026');
  await expect(page.getByText(/尝试失败次数过多，请 \d+ 秒后再试/)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
