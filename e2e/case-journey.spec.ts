import type { Page } from '@playwright/test';
import { fillEstablishmentForm } from './establishment';
import {
  expect,
  test,
  actFor,
  ESTABLISHMENT_MATERIALS,
  nextStep,
  openAtDesk,
  openLicenceFromWallet,
  signIn,
  uploadMaterial,
  uploadMaterials,
} from './fixtures';

// One case through its whole life, each step by the person who does it in the zone.
test.describe.configure({ mode: 'serial' });

let caseUrl = '';
let caseNumber = '';

const openCaseAtDesk = (page: Page, email: string, state: string) => openAtDesk(page, email, state, caseNumber);

test('an applicant applies online with an upload', async ({ page }) => {
  await signIn(page, 'applicant@onewindow.test');
  await page.goto('/services/XC-SL-002');
  await page.getByRole('link', { name: '在线办理' }).first().click();
  await page.getByRole('button', { name: '开始申请' }).click();
  await expect(page).toHaveURL(/\/my\/cases\/[0-9a-f-]{36}\/edit/);
  caseUrl = page.url().replace(/\/edit.*$/, '');

  await page.getByLabel('联系人姓名').fill('李明远');
  await page.getByLabel('联系电话').fill('13837400001');
  await nextStep(page, 2);

  // The seeded demo data has 鸿之业 hold this name under reservation.
  await fillEstablishmentForm(page, {
    name: '许昌鸿之业智造科技有限公司',
    capital: '500',
    address: '许昌经济技术开发区延安路 1666 号',
    representative: '李明远',
    shareholders: [{ kind: 'person', name: '李明远', idNumber: '411002198505120018', contribution: '500' }],
    scope: [{ filter: '建筑材料', item: /^新型建筑材料制造/ }],
  });
  await nextStep(page, 3);

  // Everything the window needs but the domicile proof, which it will tolerate.
  await uploadMaterials(
    page,
    ESTABLISHMENT_MATERIALS.filter(([, code]) => code !== 'domicile-proof'),
  );
  await expect(page.getByText('第 1 版').first()).toBeVisible();
  await nextStep(page, 4);

  // Drafts live in the database: a reload (or another device) resumes where we were.
  await page.reload();
  await expect(page.getByText('许昌鸿之业智造科技有限公司').first()).toBeVisible();
  await page.getByRole('button', { name: '提交申请' }).dblclick();
  await expect(page).toHaveURL(caseUrl);
  caseNumber = (await page
    .getByText(/XC-\d{4}-\d{6}/)
    .first()
    .textContent())!.match(/XC-\d{4}-\d{6}/)![0];
  await expect(page.getByText('已提交').first()).toBeVisible();
});

test('a clerk sends a one-time notice listing two items', async ({ page }) => {
  await openCaseAtDesk(page, 'clerk@onewindow.test', 'submitted');
  await page.getByLabel('需补正：公司章程', { exact: true }).check();
  await page.getByLabel('公司章程 补正原因').selectOption('unsigned');
  await page.getByLabel('需补正：住所', { exact: true }).check();
  await page.getByLabel('住所 补正原因', { exact: true }).selectOption('inconsistent');
  await page.getByRole('button', { name: '一次性告知' }).click();
  await expect(page.getByText('待补正').first()).toBeVisible();
});

test('the applicant answers the notice in one resubmission', async ({ page }) => {
  await signIn(page, 'applicant@onewindow.test');
  await expect(page.getByRole('link', { name: /消息，\d+ 条未读/ })).toBeVisible();
  await page.goto(caseUrl);
  await page
    .getByRole('link', { name: /补正|修改/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/edit/);
  await nextStep(page, 2);
  await page.getByRole('textbox', { name: '住所', exact: true }).fill('许昌经济技术开发区长村张乡 18 号');
  await nextStep(page, 3);
  await uploadMaterial(page, '上传“公司章程”的新版本', 'articles-of-association', 'articles-of-association.pdf');
  await expect(page.getByText('第 2 版').first()).toBeVisible();
  await nextStep(page, 4);
  await page.getByRole('button', { name: '重新提交' }).click();
  await expect(page).toHaveURL(caseUrl);
  await expect(page.getByText('已提交').first()).toBeVisible();
});

test('the clerk proposes tolerating one material; the applicant signs the commitment online', async ({ page }) => {
  await openCaseAtDesk(page, 'clerk@onewindow.test', 'submitted');
  // The intake check says what is missing before the click; plain acceptance is not offered.
  await expect(page.getByRole('heading', { name: '受理审查' })).toBeVisible();
  await expect(page.getByText('缺少非核心材料：住所（经营场所）使用证明')).toBeVisible();
  await expect(page.getByRole('button', { name: '受理', exact: true })).toHaveCount(0);
  await expect(page.getByLabel('容缺：住所（经营场所）使用证明')).toBeChecked();
  await page.getByRole('button', { name: '提出容缺，请申请人签署承诺书' }).click();
  await expect(page.getByText('待申请人签署')).toBeVisible();
  // Not signed yet: nothing to accept on.
  await expect(page.getByRole('button', { name: '容缺受理', exact: true })).toHaveCount(0);

  // The applicant, in a browser of their own.
  const applicant = await page.context().browser()!.newPage();
  await signIn(applicant, 'applicant@onewindow.test');
  await applicant.goto(new URL(caseUrl, page.url()).toString());
  const commitment = applicant.getByRole('region', { name: '容缺受理承诺书' });
  await expect(commitment.getByText(/住所（经营场所）使用证明，于\d{4}年\d{1,2}月\d{1,2}日前补交/)).toBeVisible();
  await expect(commitment.getByText(/失信记录/)).toBeVisible();
  // The agreement must be ticked: the form says so on the checkbox.
  await commitment.getByLabel('签署人姓名').fill('李明远');
  await commitment.getByRole('button', { name: '签署承诺书' }).click();
  await expect(commitment.getByText('请勾选同意承诺书内容。')).toBeVisible();
  await commitment.getByLabel(/我已阅读并同意以上承诺/).check();
  await commitment.getByRole('button', { name: '签署承诺书' }).click();
  await expect(commitment.getByText(/李明远 已于 .* 签署。/)).toBeVisible();
  await applicant.close();
});

test('the clerk accepts on the signed commitment, then routes to review', async ({ page }) => {
  await openCaseAtDesk(page, 'clerk@onewindow.test', 'submitted');
  await expect(page.getByText(/李明远 于 .* 在线签署。/)).toBeVisible();
  await page.getByRole('button', { name: '容缺受理', exact: true }).click();
  await expect(page.getByText('已受理').first()).toBeVisible();
  await page.getByRole('button', { name: '转入审查' }).click();
  await expect(page.getByText('审查中').first()).toBeVisible();
});

test('a reviewer approves with a condition', async ({ page }) => {
  await openCaseAtDesk(page, 'reviewer3@onewindow.test', 'in_review');
  await page.getByLabel('条件 1').fill('取得营业执照后 30 日内完成住所变更备案');
  await page.getByRole('button', { name: '附条件批准' }).click();
  await expect(page.getByText('已批准').first()).toBeVisible();
});

test('the clerk issues the result', async ({ page }) => {
  await openCaseAtDesk(page, 'clerk@onewindow.test', 'approved');
  await page.getByRole('button', { name: '出具结果' }).click();
  await expect(page.getByText('已办结').first()).toBeVisible();
  // Closed: both clocks stopped for good with the final figures, never running or warning.
  await expect(page.getByText('已停止计时 · 按时')).toHaveCount(2);
  await expect(page.getByText(/计时中|黄牌预警|红牌超期/)).toHaveCount(0);
});

test('the applicant sees the result, the timeline and the notice, then supplies the tolerated material', async ({ page }) => {
  await signIn(page, 'applicant@onewindow.test');
  await page.goto(caseUrl);
  await expect(page.getByText('已办结').first()).toBeVisible();
  await expect(page.getByText('取得营业执照后 30 日内完成住所变更备案')).toBeVisible();
  // The applicant's page shows the same stopped clocks as the desk.
  await expect(page.getByText('已停止计时 · 按时')).toHaveCount(2);
  await expect(page.getByText(/计时中|黄牌预警|红牌超期/)).toHaveCount(0);
  await expect(page.getByText('一次性告知').first()).toBeVisible(); // in the timeline

  // The tolerance notice prints with the case number and a QR code to the tracking page.
  await page.getByRole('link', { name: /容缺受理通知书/ }).click();
  await expect(page.getByRole('heading', { name: '容缺受理通知书' })).toBeVisible();
  await expect(page.getByText(caseNumber).first()).toBeVisible();
  // Numbered in the tolerance notices' own sequence, not after the case number.
  await expect(page.getByText(/许经开容字〔\d{4}〕第\d+号/)).toBeVisible();
  await expect(page.getByText(/许经开容字〔\d{4}〕XC-/)).toHaveCount(0);
  await expect(page.getByText('住所（经营场所）使用证明').first()).toBeVisible();
  await expect(page.locator('svg').first()).toBeVisible();
  const trackingPath = (await page
    .getByText(/\/track\/XC-/)
    .first()
    .textContent())!.match(/\/track\/XC-[^\s]+/)![0];
  await page.goto(caseUrl);

  // The upload closes the obligation, and the page then drops the upload box (and its
  // success message) on its own: wait for the server's answer rather than that message.
  await uploadMaterial(page, '上传“住所（经营场所）使用证明”', 'domicile-proof', 'domicile-proof.pdf');
  await page.reload();
  await expect(page.getByText(/已于 .* 补交/).first()).toBeVisible();
  await expect(page.getByText('目前无需您操作。', { exact: false })).toBeVisible();

  // Issuing the establishment case put the business licence in the enterprise's wallet.
  const { creditCode, verifyPath } = await openLicenceFromWallet(page, '许昌鸿之业智造科技有限公司');

  // Anyone with the QR links (a fresh browser, signed in nowhere: clearing this page's cookies
  // races the session cookie its in-flight requests set again) sees only what the documents show.
  const visitor = await page.context().browser()!.newPage();
  await visitor.goto(new URL(trackingPath, page.url()).toString());
  await expect(visitor.getByText('已办结').first()).toBeVisible();
  await expect(visitor.getByText('河南鸿之业新材料有限公司')).toHaveCount(0);

  await visitor.goto(new URL(verifyPath, page.url()).toString());
  await expect(visitor.getByText('真实：此证照由本平台核发。')).toBeVisible();
  await expect(visitor.getByText('证照有效。')).toBeVisible();
  await expect(visitor.getByText('许昌鸿之业智造科技有限公司').first()).toBeVisible();
  await visitor.close();

  // In a later application of the new company, its licence stands in for the business-licence material (免提交).
  await signIn(page, 'applicant@onewindow.test');
  await actFor(page, '许昌鸿之业智造科技有限公司');
  await page.goto('/apply/XC-JP-003');
  await page.getByRole('button', { name: '开始申请' }).click();
  await expect(page).toHaveURL(/\/edit/);
  await page.goto(`${page.url().split('?')[0]}?step=3`);
  await page.getByRole('button', { name: new RegExp(`使用电子证照（免提交）.*${creditCode}`) }).click();
  await expect(page.getByText(`已从电子证照调用：${creditCode}`)).toBeVisible();
});
