import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { nextStep, signIn } from './fixtures';

/** Signs in afresh: the previous person's session is gone first, so one page can pass the case from hand to hand. */
async function signInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

/**
 * A construction permit stage application (施工许可, XC-JP-103) through its departments, each
 * step by the person who does it (DESIGN §7): the applicant files it for a project in the assessed
 * area (the waived seismic report is not asked for); the window accepts; fire asks for a revision
 * while planning and housing approve; the applicant gets one merged notice and resubmits; fire
 * approves with a condition; the window issues one result listing every approval and the condition.
 */
export async function combinedJourney(page: Page, projectName: string) {
  // — The applicant files the stage's application from the project page.
  await signInAs(page, 'applicant@onewindow.test');
  await page.goto('/my/projects');
  await page.getByRole('link', { name: projectName }).click();
  await page.getByRole('button', { name: '申报施工许可阶段联合审批' }).click();
  await expect(page).toHaveURL(/\/my\/cases\/[0-9a-f-]{36}\/edit/);
  const caseUrl = page.url().replace(/\/edit.*$/, '');
  const caseId = caseUrl.split('/').pop()!;
  await page.getByLabel('联系人姓名').fill('李明远');
  await page.getByLabel('联系电话').fill('13837400001');
  await nextStep(page, 2);
  await expect(page.getByRole('textbox', { name: '项目名称' })).toHaveValue(projectName);
  await nextStep(page, 3);
  const seismic = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '地震安全性评价报告' }) });
  await expect(seismic.getByText('区域评估免交')).toBeVisible();
  await expect(page.getByLabel('上传“地震安全性评价报告”')).toHaveCount(0);
  await uploadEveryMaterial(page);
  await nextStep(page, 4);
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page).toHaveURL(caseUrl);
  const caseNumber = (await page
    .getByText(/XC-\d{4}-\d{6}/)
    .first()
    .textContent())!.match(/XC-\d{4}-\d{6}/)![0];

  // — The window accepts: the case goes to its three departments at once.
  await openCase(page, 'clerk@onewindow.test', caseId);
  await page.getByRole('button', { name: '受理', exact: true }).click();
  const tasks = page.getByRole('region', { name: '各部门并联审查' });
  await expect(tasks.getByTestId('task-fire')).toContainText('审查中');
  await expect(tasks.getByTestId('task-nrp')).toBeVisible();
  await expect(tasks.getByTestId('task-housing')).toBeVisible();

  // — Fire asks for a revision of its design documents; planning and housing approve.
  await openCase(page, 'reviewer@onewindow.test', caseId);
  await page.getByLabel('需补正（列明事项，合并为一次性告知）').check();
  await page.getByLabel('需补正：消防设计文件', { exact: true }).check();
  await page.getByLabel('消防设计文件 补正原因').selectOption('incomplete');
  await page.getByLabel('消防设计文件 补正说明').fill('缺少防火分区平面图');
  await submitDecision(page);
  await expect(page.getByTestId('task-fire')).toContainText('需补正');
  for (const email of ['reviewer2@onewindow.test', 'reviewer4@onewindow.test']) {
    await openCase(page, email, caseId);
    await page.getByLabel('同意', { exact: true }).check();
    await submitDecision(page);
  }
  await expect(page.getByTestId('task-housing')).toContainText('同意');

  // — The applicant gets one merged notice and answers it with a new version of the fire design.
  await signInAs(page, 'applicant@onewindow.test');
  await page.goto(caseUrl);
  await expect(page.getByText('缺少防火分区平面图').first()).toBeVisible();
  await page
    .getByRole('link', { name: /补正|修改/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/edit/);
  await nextStep(page, 2);
  await nextStep(page, 3);
  await uploadOne(page, '上传“消防设计文件”的新版本');
  await nextStep(page, 4);
  await page.getByRole('button', { name: '重新提交' }).click();
  await expect(page).toHaveURL(caseUrl);
  await expect(page.getByTestId('tasks-waiting')).toContainText('消防');

  // — Fire sees what changed and approves with a condition: the case is approved.
  await openCase(page, 'reviewer@onewindow.test', caseId);
  await expect(page.getByTestId('task-changes')).toContainText('消防设计文件：第 1 版 → 第 2 版');
  await page.getByLabel('附条件同意').check();
  await page.getByLabel('条件 1').fill('竣工验收前完成消防设施检测');
  await submitDecision(page);
  await expect(page.getByText('已批准').first()).toBeVisible();

  // — The window issues one result listing every department's approval and the condition.
  await openCase(page, 'clerk@onewindow.test', caseId);
  await page.getByRole('button', { name: '出具结果' }).click();
  await expect(page.getByText('已办结').first()).toBeVisible();
  await page.goto(`/cases/${caseId}/notices/decision`);
  await expect(page.getByRole('heading', { name: '联合审批准予许可决定书' })).toBeVisible();
  for (const department of ['消防', '自然资源和规划', '住房和城乡建设'])
    await expect(page.getByText(new RegExp(department)).first()).toBeVisible();
  // The condition, under fire's decision and once more in the list of conditions with the department that set it.
  await expect(page.getByText('竣工验收前完成消防设施检测', { exact: true })).toBeVisible();
  await expect(page.getByText('竣工验收前完成消防设施检测（许昌经济技术开发区消防救援大队）')).toBeVisible();
  await expect(page.getByText(caseNumber).first()).toBeVisible();
}

const pdf = path.join(__dirname, 'files', 'articles-of-association.pdf');

async function uploadOne(page: Page, label: string) {
  const stored = page.waitForResponse((r) => r.url().includes('/materials/') && r.request().method() === 'POST');
  await page.getByLabel(label, { exact: true }).setInputFiles(pdf);
  expect((await stored).status()).toBe(201);
}

/** Uploads a file for every material the wizard's materials step still asks for (a control named 上传“…”, no version yet). */
async function uploadEveryMaterial(page: Page) {
  const labels = (
    await page
      .locator('label')
      .filter({ hasText: /^上传“[^”]+”$/ })
      .allTextContents()
  ).map((l) => l.trim());
  expect(labels.length).toBeGreaterThan(3);
  for (const label of labels) await uploadOne(page, label);
}

async function openCase(page: Page, email: string, caseId: string) {
  await signInAs(page, email);
  await page.goto(`/desk/cases/${caseId}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function submitDecision(page: Page) {
  await page.getByRole('button', { name: '提交审查意见' }).click();
  await expect(page.getByRole('button', { name: '提交审查意见' })).toHaveCount(0);
}

/** Creates a project of the applicant's enterprise at the construction permit stage on a parcel in the zone's east. */
export async function createConstructionStageProject(page: Page, name: string) {
  await signInAs(page, 'applicant@onewindow.test');
  await page.goto('/my/projects/new');
  await page.getByLabel('项目名称').fill(name);
  await page.getByLabel('所属行业').selectOption('34');
  await page.getByLabel('总投资（万元）').fill('9000');
  await page.getByLabel('用地面积（平方米）').fill('76873');
  await page.getByLabel('建筑面积（平方米）').fill('36000');
  await page.getByLabel('宗地编号').fill('许经开〔2026〕工业-061');
  await page.getByLabel('当前审批阶段').selectOption('construction_permit');
  await page
    .getByLabel('建设地块界址点坐标')
    .fill(['113.872, 34.005', '113.875, 34.005', '113.875, 34.0075', '113.872, 34.0075'].join('\n'));
  await page.getByRole('button', { name: '创建项目' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}
