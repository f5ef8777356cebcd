import { expect, test, signIn } from './fixtures';

test('an anonymous visitor is sent to sign in, and back afterwards', async ({ page }) => {
  await page.goto('/my');
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await signIn(page, 'applicant@onewindow.test');
  await expect(page).toHaveURL(/\/my$/);
});

for (const path of ['/desk', '/dashboard', '/admin', '/admin/users']) {
  test(`an applicant who opens ${path} is refused`, async ({ page }) => {
    await signIn(page, 'applicant@onewindow.test');
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
    await expect(page.getByText('用户与角色')).toHaveCount(0);
  });
}

test('a clerk cannot open the admin pages either', async ({ page }) => {
  await signIn(page, 'clerk@onewindow.test');
  const response = await page.goto('/admin/catalogue');
  expect(response?.status()).toBe(403);
});
