import type { Page } from '@playwright/test';
import { expect, test, nextStep, signIn, uploadMaterial } from './fixtures';

/*
 * Promise-based approval (告知承诺制, DESIGN §4) from the promise to its enforcement, each step by
 * the person who does it: an enterprise promises every condition of the food business permit and
 * gets the permit the same day; the market regulator's verification finds a promise untrue, which
 * revokes the permit (its public verification page says so) and makes a credit record; the
 * enterprise's next application offers neither tolerance nor promises until a manager clears the
 * record. The enterprise is 渊鸿商贸 (its agent's account), which no other journey uses.
 */
const AGENT = 'agent6@onewindow.test';
const ENTERPRISE = '许昌渊鸿商贸有限公司';

/** Signs in afresh: the previous person's session is gone first, so one page passes the case from hand to hand. */
async function signInAs(page: Page, email: string) {
  // Leave the app first, so that no response still in flight can set the last user's cookie again.
  await page.goto('about:blank');
  await page.context().clearCookies();
  await signIn(page, email);
}

/** Starts a food business permit application and fills its contact and answers; returns the case page's URL. */
async function startFoodPermit(page: Page) {
  await page.goto('/services/XC-SP-001');
  await page.getByRole('link', { name: '在线办理' }).first().click();
  // A draft left by an earlier attempt is offered first: start another all the same.
  await page.getByRole('button', { name: /^(开始申请|重新开始一份申请)$/ }).click();
  await expect(page).toHaveURL(/\/my\/cases\/[0-9a-f-]{36}\/edit/);
  const caseUrl = page.url().replace(/\/edit.*$/, '');
  await page.getByLabel('联系人姓名').fill('张渊');
  await page.getByLabel('联系电话').fill('13837400066');
  await nextStep(page, 2);
  await page.getByRole('textbox', { name: '经营场所' }).fill('许昌经济技术开发区魏武大道 66 号一层');
  await page.getByRole('combobox', { name: '主体业态' }).selectOption({ label: '食品销售经营者' });
  await page.getByRole('textbox', { name: '经营项目' }).fill('预包装食品销售（含冷藏冷冻食品）');
  await page.getByRole('textbox', { name: '负责人' }).fill('张渊');
  await page.getByRole('textbox', { name: '食品安全管理人员' }).fill('王芳');
  await nextStep(page, 3);
  return caseUrl;
}

/** A manager clears (信用修复) the enterprise's active credit records, with the reason and the evidence; returns how many. */
async function clearCreditRecords(page: Page): Promise<number> {
  await signInAs(page, 'manager@onewindow.test');
  await page.goto('/dashboard/credit');
  const records = page.getByRole('listitem').filter({ hasText: ENTERPRISE });
  const count = await records.count();
  for (let i = count; i > 0; i--) {
    const record = records.first();
    await record.getByLabel('修复理由').fill('已补齐冷藏设施并经现场复查');
    await record.getByLabel('证明材料').fill('整改报告及复查记录');
    await record.getByRole('button', { name: '信用修复', exact: true }).click();
    await expect(records).toHaveCount(i - 1);
  }
  return count;
}

test('promise-based approval: same-day permit, a breach found at verification revokes it, credit record until cleared', async ({
  page,
}) => {
  test.setTimeout(240_000);

  // A retry starts from an enterprise in good standing.
  await clearCreditRecords(page);

  // — The enterprise opts in, promising each condition; the materials the promises replace drop out.
  await signInAs(page, AGENT);
  const caseUrl = await startFoodPermit(page);
  const caseId = caseUrl.split('/').pop()!;
  const route = page.getByRole('region', { name: '办理方式' });
  await expect(route.getByText(/本事项支持容缺受理/)).toBeVisible();
  await route.getByRole('radio', { name: /^告知承诺/ }).check();
  const clauses = route.getByRole('checkbox');
  await expect(clauses).toHaveCount(4);
  // A promise left out is refused on the spot: every condition, or the ordinary procedure.
  await clauses.first().check();
  await route.getByRole('button', { name: '确认办理方式' }).click();
  await expect(route.getByText('选择告知承诺的，须逐条勾选全部承诺。')).toBeVisible();
  for (const clause of await clauses.all()) await clause.check();
  await route.getByRole('button', { name: '确认办理方式' }).click();
  await expect(route.getByText('办理方式已保存：告知承诺。')).toBeVisible();
  await expect(page.getByText('已承诺，免提交')).toHaveCount(3);
  await expect(page.getByLabel('上传“经营场所平面布局图”')).toHaveCount(0);
  await uploadMaterial(page, '上传“食品经营许可申请书”', 'application-form', 'articles-of-association.pdf');
  await uploadMaterial(page, '上传“营业执照”', 'business-licence', 'articles-of-association.pdf');
  await nextStep(page, 4);
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page).toHaveURL(caseUrl);

  // — The window's formal check passes: the permit is issued the same day.
  await signInAs(page, 'clerk@onewindow.test');
  await page.goto(`/desk/cases/${caseId}`);
  await expect(page.getByRole('button', { name: '受理', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: '告知承诺当场办结' }).click();
  await page.getByRole('button', { name: '确认当场办结?' }).click();
  await expect(page.getByText('已办结').first()).toBeVisible();
  const promises = page.getByRole('region', { name: '告知承诺' });
  await expect(promises.getByText('待核查')).toBeVisible();
  const permitCard = page.getByRole('region', { name: '本件核发的许可证' });
  await expect(permitCard.getByText('食品经营许可证')).toBeVisible();
  const permitNumber = (await permitCard.getByText(/^JY1\d{13}$/).textContent())!.trim();

  // — The market regulator verifies on site: the equipment promise is untrue.
  await signInAs(page, 'reviewer3@onewindow.test');
  await page.goto('/desk');
  await page
    .getByRole('region', { name: '事中事后核查' })
    .getByRole('link', { name: new RegExp(ENTERPRISE) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(caseId));
  const form = page.getByRole('form', { name: '记录核查结果' });
  const groups = form.getByRole('group');
  await expect(groups).toHaveCount(4);
  for (const [i, group] of (await groups.all()).entries()) await group.getByLabel(i === 1 ? '不实' : '属实').check();
  await form.getByLabel('核查情况').fill('现场无冷藏设施，与承诺不符');
  await form.getByLabel('核查结论').fill('设备设施承诺不实');
  await form.getByRole('button', { name: '提交核查结果' }).click();
  await form.getByRole('button', { name: '确认承诺不实并撤销' }).click();
  await expect(page.getByText('已撤销').first()).toBeVisible();
  await expect(page.getByRole('region', { name: '告知承诺' }).getByText('承诺不实').first()).toBeVisible();

  // — The permit's public verification page (its QR code's target) says it is revoked, to anyone.
  await page.context().clearCookies();
  await page.goto(`/verify/${permitNumber}`);
  await expect(page.getByText('证照已被吊销，不再有效。')).toBeVisible();
  await expect(page.getByText(/告知承诺核查不实/).first()).toBeVisible();

  // — The enterprise hears of it; its next application offers neither promises nor tolerance.
  await signInAs(page, AGENT);
  await page.goto(caseUrl);
  await expect(page.getByText('已撤销').first()).toBeVisible();
  await expect(page.getByText('现场无冷藏设施，与承诺不符')).toBeVisible();
  const nextUrl = await startFoodPermit(page);
  const blocked = page.getByRole('region', { name: '办理方式' });
  await expect(blocked.getByText(/贵企业有尚未修复的失信记录/).first()).toBeVisible();
  await expect(blocked.getByText('容缺受理暂不可用：贵企业有尚未修复的失信记录。')).toBeVisible();
  await expect(blocked.getByRole('radio', { name: /^告知承诺/ })).toBeDisabled();

  // — A manager clears the record (信用修复) with the reason and the evidence.
  expect(await clearCreditRecords(page)).toBe(1);

  // — Tolerance and promises are offered again.
  await signInAs(page, AGENT);
  await page.goto(`${nextUrl}/edit?step=3`);
  const open = page.getByRole('region', { name: '办理方式' });
  await expect(open.getByText(/本事项支持容缺受理/)).toBeVisible();
  await expect(open.getByRole('radio', { name: /^告知承诺/ })).toBeEnabled();
});
