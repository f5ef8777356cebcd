import { expect, signIn, test } from './fixtures';

// 入企业、找问题、破瓶颈 (DESIGN §7): the demo applicant's enterprise raises a problem; it goes to its paired
// officer, who takes it and resolves it; the enterprise confirms the result.
const ENTERPRISE = '河南鸿之业新材料有限公司';

test('an enterprise raises a problem, its officer resolves it, the enterprise confirms', async ({ page, browser }) => {
  const title = `新厂房用电增容未批复 ${Date.now()}`;
  await signIn(page, 'applicant@onewindow.test');
  await page.goto('/my');
  await page.getByRole('link', { name: '企业问题' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '企业问题' })).toBeVisible();
  await page.getByRole('link', { name: '反映问题' }).first().click();
  // Within the page: the header's switcher is labelled 办事企业 once the applicant holds several enterprises.
  await page.getByRole('main').getByLabel('企业').selectOption({ label: ENTERPRISE });
  // Raising without a kind is refused on the field.
  await page.getByLabel('问题概要').fill(title);
  await page.getByLabel('详细情况').fill('二期厂房投产需增容 2000kVA，已向供电公司申请一个月，尚无答复。');
  await page.getByRole('button', { name: '提交问题' }).click();
  await expect(page.getByText('此项为必填项。')).toBeVisible();
  await page.getByLabel('问题类别').selectOption({ label: '水电气暖' });
  await page.getByRole('button', { name: '提交问题' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('problem-state')).toHaveText('待接办');
  await expect(page.getByText('企业反映问题')).toBeVisible();

  const officer = await browser.newPage();
  await signIn(officer, 'officer@onewindow.test');
  await officer.goto('/desk');
  await officer.getByRole('link', { name: '企业问题' }).click();
  await officer.getByTestId('problem').filter({ hasText: title }).getByRole('link', { name: title }).click();
  await expect(officer.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await officer.getByRole('button', { name: '接手' }).click();
  await expect(officer.getByTestId('problem-state')).toHaveText('办理中');
  await officer.getByLabel('办理结果').fill('已协调供电公司现场勘察，增容方案已批复，预计下周送电。');
  await officer.getByRole('button', { name: '办结' }).click();
  await expect(officer.getByTestId('problem-state')).toHaveText('已办结待确认');
  await officer.close();

  await page.reload();
  await expect(page.getByTestId('problem-result')).toContainText('增容方案已批复');
  await page.getByRole('button', { name: '确认已解决' }).click();
  await expect(page.getByTestId('problem-state')).toHaveText('已确认解决');
  await expect(page.getByText('企业确认解决')).toBeVisible();
});
