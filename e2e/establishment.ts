import { expect, type Page } from '@playwright/test';

export type Shareholder = {
  kind: 'person' | 'corporate';
  name: string;
  idNumber: string;
  contribution: string;
  overrideReason?: string;
};

/** The shareholder card with the given number (1-based). */
export const shareholderCard = (page: Page, n: number) =>
  page.locator('li', { has: page.getByRole('heading', { name: `股东 ${n}` }) });

/**
 * Fills step 2 of a licence application (the establishment form) as an applicant does: the held
 * name, the enterprise, one card per shareholder, business-scope items found through the filter.
 */
export async function fillEstablishmentForm(
  page: Page,
  answers: {
    name: string;
    capital: string;
    address: string;
    representative: string;
    shareholders: Shareholder[];
    scope: { filter: string; item: RegExp }[];
  },
) {
  await page.getByLabel('企业名称（已保留）').selectOption(answers.name);
  await page.getByLabel('企业类型').selectOption('llc');
  await page.getByLabel('注册资本（万元）').fill(answers.capital);
  await page.getByRole('textbox', { name: '住所', exact: true }).fill(answers.address);
  await page.getByLabel('法定代表人').fill(answers.representative);
  for (const [i, s] of answers.shareholders.entries()) {
    await page.getByRole('button', { name: '添加股东' }).click();
    const card = shareholderCard(page, i + 1);
    await card.getByLabel('股东类型').selectOption(s.kind);
    await card.getByLabel(s.kind === 'person' ? '姓名' : '企业名称').fill(s.name);
    await card.getByLabel(s.kind === 'person' ? '身份证件号码' : '统一社会信用代码').fill(s.idNumber);
    await card.getByLabel('认缴出资额（万元）').fill(s.contribution);
    if (s.overrideReason) {
      // A code that fails its checksum warns and asks why it is right.
      await expect(card.getByText('该统一社会信用代码未通过校验')).toBeVisible();
      await card.getByLabel('确认代码无误的理由').fill(s.overrideReason);
    }
  }
  for (const { filter, item } of answers.scope) {
    await page.getByRole('searchbox', { name: '筛选经营范围' }).fill(filter);
    await page.getByRole('checkbox', { name: item }).check();
  }
  await page.getByLabel('营业期限').selectOption('long');
}
