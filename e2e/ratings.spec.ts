import { expect, test, signIn } from './fixtures';

// 好差评 (DESIGN §8): agent7's enterprise rates one of its completed cases (the name reservation
// XC-2026-000027, used by no other spec) 1 star; the officer takes the follow-up and records the callback.
const CASE_NUMBER = 'XC-2026-000027';

test('a 1-star rating opens a follow-up, and the officer records the callback', async ({ page, browser }) => {
  await signIn(page, 'agent7@onewindow.test');
  await page.goto('/my');
  await page.getByRole('link', { name: CASE_NUMBER }).click();
  const rating = page.getByRole('region', { name: '办事评价（好差评）' });
  await expect(rating).toBeVisible();
  await rating.getByLabel('非常不满意', { exact: true }).check();
  await rating.getByLabel('意见或建议（选填）').fill('等待时间太长，电话无人接听');
  await rating.getByRole('button', { name: '提交评价' }).click();
  await expect(rating.getByTestId('rating-given')).toContainText('非常不满意');
  await expect(rating.getByText('等待时间太长，电话无人接听')).toBeVisible();
  // Changeable within the day; the follow-up is open.
  await expect(rating.getByText(/可在 .* 前修改评价/)).toBeVisible();
  await expect(rating.getByText(/状态：待回访/)).toBeVisible();

  const officer = await browser.newPage();
  await signIn(officer, 'officer@onewindow.test');
  await officer.goto('/desk');
  await officer.getByRole('link', { name: '差评整改' }).click();
  await expect(officer.getByRole('heading', { level: 1, name: '差评整改' })).toBeVisible();
  const followUp = officer.getByTestId('follow-up').filter({ hasText: CASE_NUMBER });
  await expect(followUp).toContainText('非常不满意');
  await expect(followUp).toContainText('尚无人认领');
  await followUp.getByRole('button', { name: '认领' }).click();
  await expect(followUp).toContainText('陈志强');
  // Saving without saying what was said is refused on the field.
  await followUp.getByRole('button', { name: '保存回访记录' }).click();
  await expect(followUp.getByText('此项为必填项。')).toBeVisible();
  await followUp.getByLabel('回访情况').fill('已电话回访，企业反映窗口电话无人接听，已道歉并说明整改安排');
  await followUp.getByRole('button', { name: '保存回访记录' }).click();
  await expect(followUp.getByText('已回访', { exact: true })).toBeVisible();
  await expect(followUp).toContainText('已电话回访，企业反映窗口电话无人接听');
  await expect(followUp.getByRole('button', { name: '保存整改措施' })).toBeVisible();
  await officer.close();

  // The applicant sees the callback on the case page.
  await page.reload();
  await expect(rating.getByText(/状态：已回访/)).toBeVisible();
});
