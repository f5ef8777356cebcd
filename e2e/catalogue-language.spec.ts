import type { Page } from '@playwright/test';
import { expect, test, signIn } from './fixtures';

const ITEM_EN =
  /^(Enterprise name self-declaration|Enterprise establishment registration \(new business licence\)|Combined approval of an investment and construction project): /;

/** The first listed case with a number whose title cell reads in English (the item's name alone is the service column). */
const submittedWithSubject = (page: Page) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: ITEM_EN }) })
    .filter({ has: page.getByRole('link', { name: /^XC-/ }) })
    .first();

async function switchToEnglish(page: Page) {
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('catalogue search finds items by department, task, keyword and material, and says what to do when nothing matches', async ({
  page,
}) => {
  await page.goto('/services');
  await page.getByLabel('关键词').fill('消防');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page.getByRole('link', { name: '工程建设项目联合审批' })).toBeVisible();
  await expect(page.getByRole('link', { name: '企业设立登记（新办营业执照）' })).toHaveCount(0);

  await page.goto(`/services?q=${encodeURIComponent('开办企业')}`);
  await expect(page.getByRole('link', { name: '企业设立登记（新办营业执照）' })).toBeVisible();
  await page.goto(`/services?q=${encodeURIComponent('施工许可')}`);
  await expect(page.getByRole('link', { name: '工程建设项目联合审批' })).toBeVisible();

  await page.goto(`/services?q=${encodeURIComponent('潜水艇')}`);
  await expect(page.getByText('没有找到与“潜水艇”相关的事项')).toBeVisible();
  await expect(page.getByText(/12345 政务服务便民热线/)).toBeVisible();
  await expect(page.getByRole('link', { name: '清除筛选，浏览全部事项' })).toBeVisible();

  await switchToEnglish(page);
  await page.goto('/services?q=articles+of+association');
  await expect(page.getByRole('link', { name: 'Enterprise establishment registration (new business licence)' })).toBeVisible();
  await expect(page.getByText('1 service', { exact: true })).toBeVisible();
});

test('in English, item names and case titles are English on /my, a case page, /desk and the admin item page', async ({
  page,
}) => {
  await signIn(page, 'applicant@onewindow.test');
  await switchToEnglish(page);
  await page.goto('/my');
  // A case with a subject (the proposed name, the project): its title is the English item name, a colon and the subject.
  const mine = submittedWithSubject(page);
  await expect(mine).toBeVisible();
  await expect(page.getByText('设立登记：')).toHaveCount(0);
  await mine.getByRole('link', { name: /^XC-/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: ITEM_EN })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, 'clerk@onewindow.test');
  await switchToEnglish(page);
  await page.goto('/desk');
  const queued = submittedWithSubject(page);
  await expect(queued).toBeVisible();
  await queued.getByRole('link', { name: /^XC-/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: ITEM_EN })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, 'admin@onewindow.test');
  await switchToEnglish(page);
  await page.goto('/admin/catalogue/XC-SL-002');
  await expect(
    page.getByRole('cell', { name: 'Enterprise establishment registration (new business licence)' }).first(),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: '企业设立登记（新办营业执照）' })).toHaveCount(0);
});
