import { expect, test, signIn } from './fixtures';

const HOMES = [
  { email: 'applicant@onewindow.test', path: '/my', heading: '我的办件' },
  { email: 'clerk@onewindow.test', path: '/desk', heading: '工作台' },
  { email: 'reviewer@onewindow.test', path: '/desk', heading: '工作台' },
  { email: 'officer@onewindow.test', path: '/officer', heading: '我的服务企业' },
  { email: 'manager@onewindow.test', path: '/dashboard', heading: '运行监测' },
  { email: 'admin@onewindow.test', path: '/admin', heading: '系统管理' },
];

for (const home of HOMES) {
  test(`${home.email} signs in and lands on ${home.path}`, async ({ page }) => {
    await signIn(page, home.email);
    await expect(page).toHaveURL(new RegExp(`${home.path}$`));
    await expect(page.getByRole('heading', { level: 1, name: home.heading })).toBeVisible();
  });
}

test('the applicant home lists the enterprise and its cases', async ({ page }) => {
  await signIn(page, 'applicant@onewindow.test');
  await expect(page.getByRole('main').getByText('河南鸿之业新材料有限公司').first()).toBeVisible();
  await expect(page.getByText(/XC-2026-\d{6}/).first()).toBeVisible();
});

test('the manager dashboard shows counts from the database', async ({ page }) => {
  await signIn(page, 'manager@onewindow.test');
  await expect(page.getByRole('heading', { level: 2, name: /在办积压/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '状态' }).first()).toBeVisible();
});

test('an admin changes a user’s roles and the change is kept', async ({ page }) => {
  await signIn(page, 'admin@onewindow.test');
  await page.goto('/admin/users?q=reviewer2');
  await page
    .getByRole('link', { name: /reviewer2@onewindow\.test|刘思远|编辑/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '编辑用户角色' })).toBeVisible();
  await page.getByLabel('帮办代办专员').check();
  await page.getByRole('button', { name: /保存/ }).click();
  await expect(page.getByText(/已保存|保存成功/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('帮办代办专员')).toBeChecked();
});
