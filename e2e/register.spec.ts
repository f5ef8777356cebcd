import { expect, test } from './fixtures';

test('a new applicant registers a new enterprise and lands on their home', async ({ page }) => {
  await page.goto('/register');
  await page.getByRole('button', { name: '注册' }).click();
  // Field-level messages, in Chinese, for an empty form.
  await expect(page.getByText('请输入有效的邮箱地址。')).toBeVisible();

  await page.getByLabel('姓名').fill('郑晓彤');
  await page.getByLabel('手机号码').fill('13700001234');
  await page.getByLabel('邮箱').fill('zheng.xiaotong@example.test');
  await page.getByLabel('密码', { exact: true }).fill('Startup-2026');
  await page.getByLabel('确认密码').fill('Startup-2026');
  await page.getByLabel(/新建企业/).check();
  await page.getByLabel('企业全称').fill('许昌彤辉智能装备有限公司');
  await page.getByRole('button', { name: '注册' }).click();

  await expect(page).toHaveURL(/\/my$/);
  await expect(page.getByRole('heading', { level: 1, name: '我的办件' })).toBeVisible();
  // On the page, and in the header as the enterprise they act for.
  await expect(page.getByRole('main').getByText('许昌彤辉智能装备有限公司')).toBeVisible();
  await expect(page.getByRole('banner').getByText('许昌彤辉智能装备有限公司')).toBeVisible();
  await expect(page.getByText('您还没有办件')).toBeVisible();
});

test('registering with a taken e-mail explains it on the field', async ({ page }) => {
  await page.goto('/register');
  await page.getByLabel('姓名').fill('重复用户');
  await page.getByLabel('手机号码').fill('13700004321');
  await page.getByLabel('邮箱').fill('applicant@onewindow.test');
  await page.getByLabel('密码', { exact: true }).fill('Another-lantern-2026');
  await page.getByLabel('确认密码').fill('Another-lantern-2026');
  await page.getByLabel('企业全称').fill('许昌重复测试有限公司');
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page.getByText('该邮箱已注册，请直接登录。')).toBeVisible();
  await expect(page).toHaveURL(/\/register$/);
});
