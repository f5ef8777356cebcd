import { expect, test, signIn } from './fixtures';

// Issue 8 item 5: 受理 accepted a combined case with an empty form and all its core materials missing.
test('the window sees what a case filed without its materials lacks and is offered neither acceptance', async ({ page }) => {
  await signIn(page, 'clerk@onewindow.test');
  // The demo's submitted combined application: filed with its answers, none of its materials.
  await page.goto('/desk?item=XC-JP-101');
  await page
    .getByRole('link', { name: /^XC-\d{4}-\d{6}$/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: '受理审查' })).toBeVisible();
  await expect(page.getByText(/^缺少核心材料（不得容缺）：阶段联合审批申请表、/)).toBeVisible();
  await expect(page.getByText('不能受理：请一次性告知申请人补正，或依法不予受理。')).toBeVisible();
  await expect(page.getByRole('button', { name: '受理', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '容缺受理' })).toHaveCount(0);
  // What it can do: a one-time notice listing the gaps.
  await expect(page.getByRole('button', { name: '一次性告知' })).toBeVisible();
});
