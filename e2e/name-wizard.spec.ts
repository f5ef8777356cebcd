import type { Page } from '@playwright/test';
import { expect, test, nextStep, openAtDesk, signIn } from './fixtures';

// Issue 8, items 3 and 4: the wizard checks the name as the applicant types, a refused name
// comes back with its reason on the field, a similar one needs a statement the window sees.

// Each test walks the whole wizard (and the desk): more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Starts a name reservation and fills the name's four parts on step 2. */
async function startNameApplication(page: Page, email: string, name: { tradeName: string; industry: string }) {
  await signIn(page, email);
  await page.goto('/apply/XC-MC-001');
  await page.getByRole('button', { name: '开始申请' }).click();
  await expect(page).toHaveURL(/\/edit/);
  await page.getByLabel('联系电话').fill('13837400001');
  await nextStep(page, 2);
  await page.getByRole('textbox', { name: '行政区划', exact: true }).fill('许昌');
  await page.getByRole('textbox', { name: '字号', exact: true }).fill(name.tradeName);
  await page.getByRole('textbox', { name: '行业或经营特点', exact: true }).fill(name.industry);
  await page.getByLabel('组织形式').selectOption('有限责任公司');
}

test('a refused name shows its rule in the wizard and comes back with the reason on its field', async ({ page }) => {
  await startNameApplication(page, 'applicant@onewindow.test', { tradeName: '翰澄岚', industry: '澄翰岚' });
  const check = page.getByRole('region', { name: '名称核验' });
  await expect(check.getByText('不予登记')).toBeVisible();
  await expect(check.getByText(/不在国民经济行业分类或者常用行业用语中/)).toBeVisible();

  await nextStep(page, 3);
  await nextStep(page, 4);
  await expect(page.getByText('名称未通过核验，提交将被退回')).toBeVisible();
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByText('第 2 步，共 4 步')).toBeVisible();
  await expect(page.getByText('名称未通过核验，未能提交：请按各栏下方的说明修改。')).toBeVisible();
  const industry = page.getByRole('textbox', { name: '行业或经营特点', exact: true });
  await expect(industry).toHaveAttribute('aria-invalid', 'true');
  await expect(industry).toHaveAccessibleDescription(/不在国民经济行业分类或常用行业用语中，请使用标准的行业用语/);

  // 电梯配件: an elevator-parts maker in the zone is an ordinary name, reserved at once.
  await industry.fill('电梯配件');
  await expect(check.getByText('可以申报')).toBeVisible();
  await nextStep(page, 3);
  await nextStep(page, 4);
  await expect(page.getByText('必填信息已完整，可以提交。')).toBeVisible();
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page).toHaveURL(/\/my\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByText('已办结').first()).toBeVisible();
});

test('a similar name is submitted only with a statement, which the window reads beside the verdict', async ({ page }) => {
  // 渊鸿 + 贸易: the registered 许昌渊鸿商贸有限公司 has a synonymous industry.
  await startNameApplication(page, 'applicant2@onewindow.test', { tradeName: '渊鸿', industry: '贸易' });
  const check = page.getByRole('region', { name: '名称核验' });
  await expect(check.getByText('近似，需说明后申报')).toBeVisible();
  await expect(check.getByText(/许昌渊鸿商贸有限公司/).first()).toBeVisible();
  const statement = page.getByLabel('近似名称说明');
  await expect(statement).toBeVisible();

  await nextStep(page, 3);
  await nextStep(page, 4);
  await expect(page.getByText('存在近似名称：请返回“申请信息”')).toBeVisible();
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByText('第 2 步，共 4 步')).toBeVisible();
  await expect(page.getByText('存在近似名称：请在近似名称下方填写说明后再提交。')).toBeVisible();
  await expect(statement).toHaveAttribute('aria-invalid', 'true');

  const words = '本企业从事进出口贸易，与渊鸿商贸的零售业务和客户不同，不会混淆。';
  await statement.fill(words);
  await nextStep(page, 3);
  await nextStep(page, 4);
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page).toHaveURL(/\/my\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByText('已提交').first()).toBeVisible();
  const number = (await page
    .getByText(/^XC-\d{4}-\d{6}$/)
    .first()
    .textContent())!.trim();

  await page.context().clearCookies();
  await openAtDesk(page, 'clerk@onewindow.test', 'submitted', number);
  const desk = page.getByRole('region', { name: '名称核验' });
  await expect(desk.getByText('许昌渊鸿贸易有限责任公司')).toBeVisible();
  await expect(desk.getByText('近似，需说明后申报')).toBeVisible();
  await expect(desk.getByText(/相关名称：许昌渊鸿商贸有限公司/)).toBeVisible();
  await expect(desk.getByRole('heading', { name: '最接近的已有名称' })).toBeVisible();
  await expect(desk.getByTestId('similar-statement')).toHaveText(words);
});
