import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, nextStep, signIn, test } from './fixtures';

/*
 * Filing on an enterprise's behalf (帮办代办): a window clerk records the authorization 河南鸿之业新材料有限公司
 * signed, enters a walk-in food business permit application for it and submits it; the enterprise's
 * owner finds it among their cases, with who filed it and under which authorization.
 */
const ENTERPRISE = '河南鸿之业新材料有限公司';
const PRINCIPAL = '王建国';

/** Signs in afresh: the previous person's session is gone first. */
async function signInAs(page: Page, email: string) {
  await page.goto('about:blank');
  await page.context().clearCookies();
  await signIn(page, email);
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('a clerk records an authorization, enters a walk-in application under it, and the enterprise sees it in /my', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInAs(page, 'clerk@onewindow.test');
  await page.goto('/desk');
  await page.getByRole('link', { name: '帮办代办（代企业申请）' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '帮办代办' })).toBeVisible();
  await page.getByLabel('查找企业').fill('鸿之业新材料');
  await page.getByRole('button', { name: '查找' }).click();
  await page.getByRole('link', { name: new RegExp(ENTERPRISE) }).click();
  await expect(page.getByTestId('on-behalf-enterprise')).toHaveText(ENTERPRISE);

  // The authorization the enterprise signed, recorded with its scan.
  await page.getByLabel('委托人（企业法定代表人或负责人）').fill(PRINCIPAL);
  await page.getByLabel('截止日期').fill(inDays(30));
  await page.getByLabel('授权委托书扫描件').setInputFiles(path.join(__dirname, 'files', 'articles-of-association.pdf'));
  await page.getByRole('button', { name: '登记', exact: true }).click();
  const authorization = page
    .getByTestId('authorization')
    .filter({ hasText: PRINCIPAL })
    .filter({ hasText: '可由您使用' })
    .first();
  await expect(authorization).toBeVisible();
  await expect(authorization).toContainText('全部事项');

  // A walk-in application under it: the food business permit.
  await page.getByRole('combobox', { name: '办理事项' }).selectOption({ label: '食品经营许可（XC-SP-001）' });
  await page.getByRole('button', { name: '开始填写' }).click();
  await expect(page).toHaveURL(/\/desk\/on-behalf\/cases\/[0-9a-f-]{36}/);
  const caseId = page.url().split('/').pop()!.split('?')[0];
  await page.getByLabel('联系人姓名').fill('王建国');
  await page.getByLabel('联系电话').fill('13837400018');
  await nextStep(page, 2);
  await page.getByRole('textbox', { name: '经营场所' }).fill('许昌经济技术开发区魏武大道 18 号一层');
  await page.getByRole('combobox', { name: '主体业态' }).selectOption({ label: '单位食堂' });
  await page.getByRole('textbox', { name: '经营项目' }).fill('热食类食品制售');
  await page.getByRole('textbox', { name: '负责人' }).fill('王建国');
  await page.getByRole('textbox', { name: '食品安全管理人员' }).fill('李娜');
  await nextStep(page, 3);
  await nextStep(page, 4);
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/cases/${caseId}$`));
  const filed = page.getByTestId('case-on-behalf');
  await expect(filed).toContainText('张慧敏');
  await expect(filed).toContainText(PRINCIPAL);

  // The enterprise's owner sees it as theirs, with who filed it and under which authorization.
  await signInAs(page, 'applicant@onewindow.test');
  await page.goto('/my');
  await page.locator(`a[href="/my/cases/${caseId}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/my/cases/${caseId}$`));
  const seen = page.getByTestId('case-on-behalf');
  await expect(seen).toContainText('张慧敏');
  await expect(seen).toContainText(PRINCIPAL);
  await expect(seen).toContainText('有效');
});
