import { expect, test } from '@playwright/test';
import { signIn } from './fixtures';

// Issue 4's journey, first half: check names until one is available, then reserve it.
test('an applicant checks names (refused, similar, available) and reserves the available one at once', async ({ page }) => {
  await signIn(page, 'applicant2@onewindow.test');
  await page.goto('/names');
  await page.getByLabel('行业或经营特点').fill('新材料');
  await page.getByLabel('组织形式').selectOption({ index: 1 });

  await page.getByLabel('字号').fill('中华鸿运');
  await expect(page.getByText('不予登记').first()).toBeVisible();

  // 宏之业 sounds like the registered 鸿之业 in the same industry: similar, with the closest names.
  await page.getByLabel('字号').fill('宏之业');
  await expect(page.getByText('近似，需说明后申报').first()).toBeVisible();
  await expect(page.getByText(/鸿之业/).first()).toBeVisible();

  await page.getByLabel('字号').fill('璟曜澜');
  await expect(page.getByText('可以申报').first()).toBeVisible();

  // Reserve it through the name item: an available name is decided at once.
  await page.goto('/apply/XC-MC-001');
  await page.getByRole('button', { name: '开始申请' }).click();
  await expect(page).toHaveURL(/\/edit/);
  await page.getByLabel('联系人姓名').fill('王雅琴');
  await page.getByLabel('联系电话').fill('13937400002');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('第 2 步，共 4 步')).toBeVisible();
  await page.getByRole('textbox', { name: '行政区划', exact: true }).fill('许昌');
  await page.getByRole('textbox', { name: '字号', exact: true }).fill('璟曜澜');
  await page.getByRole('textbox', { name: '行业或经营特点', exact: true }).fill('新材料');
  await page.getByLabel('组织形式').selectOption('有限公司');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('第 3 步，共 4 步')).toBeVisible();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('第 4 步，共 4 步')).toBeVisible();
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page).toHaveURL(/\/my\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByText('已办结').first()).toBeVisible();

  // The name is now held: the check says so.
  await page.goto('/names');
  await page.getByLabel('行业或经营特点').fill('新材料');
  await page.getByLabel('组织形式').selectOption({ index: 1 });
  await page.getByLabel('字号').fill('璟曜澜');
  await expect(page.getByText('不予登记').first()).toBeVisible();
});
