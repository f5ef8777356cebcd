import { expect, signIn, test } from './fixtures';

// Key projects against plan (DESIGN §7, §11): the seeded aircraft base is behind this year's plan
// (16 of 20 亿元 by November) with its topping-out late.
const AIRCRAFT_BASE = '军民融合通用航空产业基地项目';

test('the manager sees a key project behind plan and opens it', async ({ page }) => {
  await signIn(page, 'manager@onewindow.test');
  await page.goto('/dashboard');
  await page.getByRole('link', { name: '重点项目' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '重点项目' })).toBeVisible();
  await expect(page.getByText('省市重点项目 (12)')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: AIRCRAFT_BASE }).filter({ hasText: '滞后' });
  await expect(row.getByText('滞后', { exact: true })).toBeVisible();
  await row.getByRole('link', { name: AIRCRAFT_BASE }).click();

  await expect(page.getByRole('heading', { level: 1, name: AIRCRAFT_BASE })).toBeVisible();
  await expect(page.getByText('滞后', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '主体封顶' }).getByText('逾期')).toBeVisible();
  await expect(page.getByRole('heading', { name: '月度投资报送记录' })).toBeVisible();

  // The same figures as an API for the zone's other systems.
  const response = await page.request.get('/api/v1/key-projects');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.groups[0]).toMatchObject({ group: 'key', count: 12, plannedYuan: 21_780_000_000 });
});

test('the owner corrects a month’s report with a reason; the old figure stays in the history', async ({ page }) => {
  await signIn(page, 'applicant@onewindow.test');
  await page.goto('/my/projects');
  await page.getByRole('link', { name: '新型绿色建材产业园项目（一期）' }).click();
  const panel = page.getByRole('region', { name: '重点项目 · 投资报送' });
  await expect(panel).toBeVisible();
  await panel.getByLabel('月份').selectOption('2026-10-01');
  await panel.getByLabel('当月完成投资（万元）').fill('950');
  await panel.getByRole('button', { name: '更正报送' }).click();
  await expect(panel.getByText('更正已报送的数字时请说明原因。')).toBeVisible();
  await panel.getByLabel('更正原因').fill('补计10月设备安装费用');
  await panel.getByRole('button', { name: '更正报送' }).click();
  await expect(panel.getByRole('status')).toHaveText('已保存。');
  await expect(panel.getByText('更正：补计10月设备安装费用').first()).toBeVisible();
  await expect(panel.getByText('已更正').first()).toBeVisible();
});

test('the manager changes a key project’s annual plan and adds a milestone', async ({ page }) => {
  await signIn(page, 'manager@onewindow.test');
  await page.goto('/dashboard/key-projects');
  await page.getByRole('link', { name: AIRCRAFT_BASE }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: AIRCRAFT_BASE })).toBeVisible();

  const settings = page.getByRole('region', { name: '级别与投资计划' });
  await settings.getByLabel('2026年度计划投资（万元）').fill('240000');
  await settings.getByRole('button', { name: '保存' }).click();
  await expect(settings.getByRole('status')).toHaveText('已保存。');
  await expect(page.getByRole('definition').filter({ hasText: /^24$/ })).toBeVisible();

  await page.getByLabel('节点名称').fill('首架整机下线');
  await page.getByLabel('计划完成日期').fill('2027-06-30');
  await page.getByRole('button', { name: '新增节点' }).click();
  await expect(page.getByRole('row').filter({ hasText: '首架整机下线' }).getByText('2027-06-30')).toBeVisible();
});
