import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, test, signIn } from './fixtures';

/**
 * The manager's dashboard (DESIGN §9): filter to one department (the URL keeps it, so the view
 * can be shared), open a red case from the list, export the list as CSV.
 */
test('a manager filters the dashboard to one department, finds a red case and exports the list', async ({ page }) => {
  await signIn(page, 'manager@onewindow.test');
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1, name: '运行监测' })).toBeVisible();
  // The chart loads after the page, with its summary as the accessible name.
  await expect(
    page
      .getByRole('img', { name: /办件量图表/ })
      .locator('svg')
      .first(),
  ).toBeVisible();

  // The department of the most overdue case: filtering to it keeps at least that case red.
  const red = page.getByRole('region', { name: /超期（红灯）/ });
  const firstRed = red.getByRole('row').nth(1);
  await expect(firstRed).toBeVisible();
  const department = (await firstRed.getByRole('cell').nth(2).textContent())!.trim();
  await page.getByLabel('部门', { exact: true }).selectOption({ label: department });
  await page.getByRole('button', { name: '应用筛选' }).click();
  await expect(page).toHaveURL(/[?&]department=[\w-]+/);
  await expect(page.getByLabel('部门', { exact: true }).locator('option:checked')).toHaveText(department);

  // Reloading the shared URL gives the same view.
  await page.reload();
  await expect(page.getByLabel('部门', { exact: true }).locator('option:checked')).toHaveText(department);
  const link = red.getByRole('row').nth(1).getByRole('link');
  await expect(link).toHaveAttribute('href', /^\/desk\/cases\/[0-9a-f-]{36}$/);
  for (const cell of await red.getByRole('row').locator('td:nth-child(3)').allTextContents())
    expect(cell.trim()).toBe(department);

  const download = page.waitForEvent('download');
  await red.getByRole('link', { name: '将“超期（红灯）”导出为 CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^dashboard-red-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}-[\w-]+\.csv$/);
  const bytes = await readFile((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data[0]).toEqual(['办件编号', '事项', '部门', '经办人', '到期日', '超期工作日']);
  expect(parsed.data.length).toBeGreaterThan(1);
  expect(parsed.data.slice(1).every((row) => row[2] === department)).toBe(true);

  // One click opens the red case, read-only for the manager, with the way back to the dashboard.
  const number = (await red.getByRole('row').nth(1).getByRole('cell').first().textContent())!.trim();
  await red.getByRole('row').nth(1).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/desk\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByText(number).first()).toBeVisible();
  await expect(page.getByRole('link', { name: '返回管理看板' })).toBeVisible();
});

test('a bad date in the URL falls back to the default range and says why', async ({ page }) => {
  await signIn(page, 'manager@onewindow.test');
  await page.goto('/dashboard?from=2026-02-30&department=nowhere');
  await expect(page.getByText('不是有效日期（格式 YYYY-MM-DD），已改用默认值。')).toBeVisible();
  await expect(page.getByText('没有这个代码，已显示全部。')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /办件量/ })).toBeVisible();
});
