import { expect, test, signIn } from './fixtures';

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

test('the licence application form fits a phone: shareholders and business scope included', async ({ page }) => {
  await signIn(page, 'applicant2@onewindow.test');
  await page.goto('/apply/XC-SL-002');
  await page.getByRole('button', { name: '开始申请' }).click();
  await expect(page).toHaveURL(/\/edit/);
  await page.goto(`${page.url().split('?')[0]}?step=2`);
  // 巨领 holds no name yet: the form says what to do first.
  await expect(page.getByText('本企业暂无在保留期内的企业名称')).toBeVisible();
  await page.getByRole('button', { name: '添加股东' }).click();
  await page.getByLabel('股东类型').selectOption('corporate');
  await page.getByLabel('统一社会信用代码').fill('91411000MA0007JG81');
  await expect(page.getByLabel('确认代码无误的理由')).toBeVisible();
  await page.getByRole('searchbox', { name: '筛选经营范围' }).fill('软件');
  await page.getByRole('checkbox', { name: /^软件开发/ }).check();
  await expect(page.getByRole('button', { name: '移除“软件开发”' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
