import type { Page } from '@playwright/test';
import { expect, test, signIn } from './fixtures';

// pdf.js loads its chunk and worker on first use, on a production server sharing 2 cores.
test.describe.configure({ timeout: 120_000 });

// The construction permit stage in review: fire, planning and housing take part through their tasks.
const PROJECT = '500MWh储能电池生产基地项目';

/** The applicant opens the combined case from their cases and follows its link to the drawing review. */
async function openReviewAsApplicant(page: Page): Promise<string> {
  await signIn(page, 'applicant2@onewindow.test');
  await page.goto('/my');
  await page.getByRole('row').filter({ hasText: PROJECT }).getByRole('link').first().click();
  await page.getByRole('link', { name: '查看多图联审意见' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '多图联审' })).toBeVisible();
  return page.url();
}

test('the applicant and the window read the drawing sheets in the browser', async ({ page, browser }) => {
  const url = await openReviewAsApplicant(page);
  // The sheets are drawn by pdf.js on canvases: the demo drawing set has three A3 sheets.
  const firstSheet = page.getByRole('group', { name: '图纸第 1 张' });
  await expect(firstSheet.locator('canvas')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('group', { name: '图纸第 3 张' }).locator('canvas')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '审查意见' })).toBeVisible();
  // Read-only for the enterprise: no invitation to pin a comment.
  await expect(page.getByText('点击图纸上的位置，即可在该处标注意见。')).toHaveCount(0);

  const clerk = await browser.newPage();
  await signIn(clerk, 'clerk@onewindow.test');
  await clerk.goto(url);
  await expect(clerk.getByRole('group', { name: '图纸第 1 张' }).locator('canvas')).toBeVisible({ timeout: 30_000 });
  await expect(clerk.getByLabel('图纸版本')).toHaveValue(/.+/);
  await clerk.close();
});

test('a reviewer of a department taking part pins a comment to a sheet, and it is listed', async ({ page, browser }) => {
  const url = await openReviewAsApplicant(page);
  const reviewer = await browser.newPage();
  await signIn(reviewer, 'reviewer@onewindow.test');
  await reviewer.goto(url);

  const sheet = reviewer.getByRole('group', { name: '图纸第 2 张' });
  await expect(sheet.locator('canvas')).toBeVisible({ timeout: 30_000 });
  await expect(reviewer.getByText('点击图纸上的位置，即可在该处标注意见。')).toBeVisible();
  const box = (await sheet.boundingBox())!;
  await sheet.click({ position: { x: box.width * 0.3, y: box.height * 0.6 } });
  await expect(reviewer.getByRole('heading', { name: '在第 2 张上标注意见' })).toBeVisible();

  // An empty comment is refused on the spot, in words.
  await reviewer.getByRole('button', { name: '提交意见' }).click();
  await expect(reviewer.getByText('此项为必填项。')).toBeVisible();
  await reviewer.getByLabel('意见内容').fill('消防车道转弯半径不足 12 米，请修改总平面布置。');
  await reviewer.getByRole('button', { name: '提交意见' }).click();

  const comments = reviewer.getByRole('region', { name: '审查意见' });
  await expect(comments.getByText('消防车道转弯半径不足 12 米，请修改总平面布置。')).toBeVisible();
  await expect(comments.getByRole('heading', { name: '第 2 张' })).toBeVisible();
  await expect(comments.getByText('待处理')).toBeVisible();
  await expect(sheet.getByRole('button', { name: /^意见 1：.*消防救援大队$/ })).toBeVisible();
  await reviewer.close();
});
