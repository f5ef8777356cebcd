import { expect, test, nextStep, signIn } from './fixtures';

// Long journeys through several pages: more time than the default per test.
test.describe.configure({ timeout: 120_000 });

// A parcel in the zone's east, inside the seeded regional EIA (许环审〔2024〕18号); 76,873 m² as drawn.
const EAST_PARCEL = ['113.872, 34.005', '113.875, 34.005', '113.875, 34.0075', '113.872, 34.0075'].join('\n');
// North-west of the zone, outside its boundary.
const OUTSIDE_PARCEL = ['113.79, 34.05', '113.795, 34.05', '113.795, 34.055', '113.79, 34.055'].join('\n');

test('an applicant creates a project in the assessed area and files its stage application without the waived EIA', async ({
  page,
}) => {
  await signIn(page, 'applicant@onewindow.test');
  await page.getByRole('link', { name: '我的项目' }).click();
  await page.getByRole('link', { name: '新建项目' }).first().click();

  await page.getByLabel('项目名称').fill('装配式建筑构件生产线项目');
  await page.getByLabel('所属行业').selectOption('30');
  await page.getByLabel('总投资（万元）').fill('12000');
  await page.getByLabel('用地面积（平方米）').fill('76873');
  await page.getByLabel('建筑面积（平方米）').fill('42000');
  await page.getByLabel('宗地编号').fill('许经开〔2026〕工业-040');
  // The works permit stage asks for the EIA, which the regional assessment waives.
  await page.getByLabel('当前审批阶段').selectOption('works_permit');

  // A parcel outside the zone is refused, in words, before anything is saved.
  await page.getByLabel('建设地块界址点坐标').fill(OUTSIDE_PARCEL);
  await page.getByRole('button', { name: '创建项目' }).click();
  await expect(page.getByText('地块不在许昌经济技术开发区范围内')).toBeVisible();

  await page.getByLabel('建设地块界址点坐标').fill(EAST_PARCEL);
  await expect(page.getByText('按坐标计算的地块面积约 76,873 平方米。')).toBeVisible();
  await page.getByRole('button', { name: '创建项目' }).click();

  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: '装配式建筑构件生产线项目' })).toBeVisible();
  await expect(page.getByText(/^项目代码 \d{4}-411071-30-03-\d{6}/)).toBeVisible();
  // The plan: zone, assessed areas and parcel as one SVG image.
  await expect(page.getByRole('img', { name: '装配式建筑构件生产线项目区位图' })).toBeVisible();
  const waivers = page.getByRole('region', { name: '区域评估免交的材料' });
  await expect(waivers.getByText('环境影响评价文件')).toBeVisible();
  await expect(waivers.getByText(/依据许昌经济技术开发区东区区域环境影响评价（许环审〔2024〕18号，有效期/)).toBeVisible();

  await page.getByRole('button', { name: '申报工程建设许可阶段联合审批' }).click();
  await expect(page).toHaveURL(/\/my\/cases\/[0-9a-f-]{36}\/edit/);
  await page.getByLabel('联系人姓名').fill('李明远');
  await page.getByLabel('联系电话').fill('13837400001');
  await nextStep(page, 2);
  // The project's facts fill in the form.
  await expect(page.getByRole('textbox', { name: '项目名称' })).toHaveValue('装配式建筑构件生产线项目');
  await nextStep(page, 3);

  const eia = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '环境影响评价文件' }) });
  await expect(eia.getByText('区域评估免交')).toBeVisible();
  await expect(eia.getByText(/许环审〔2024〕18号/)).toBeVisible();
  // Not asked for: no upload control for the waived material, while the others keep theirs.
  await expect(page.getByLabel('上传“环境影响评价文件”')).toHaveCount(0);
  await expect(page.getByLabel('上传“阶段联合审批申请表”')).toHaveCount(1);

  // Back on the project page the stage's application is a draft to continue, listed with the project's cases.
  await page.goto('/my/projects');
  await page.getByRole('link', { name: '装配式建筑构件生产线项目' }).click();
  await expect(page.getByRole('link', { name: '继续填写申请' })).toBeVisible();
  await expect(page.getByRole('table', { name: '装配式建筑构件生产线项目的全部办件' }).getByText('草稿').first()).toBeVisible();
});

test('a clerk sees the waiver on the desk and opens the case’s project read-only', async ({ page }) => {
  await signIn(page, 'clerk@onewindow.test');
  // The battery base's construction permit application: the zone-wide seismic assessment waives its report.
  await page.goto('/desk?state=in_review&item=XC-JP-103');
  await page
    .getByRole('link', { name: /^XC-\d{4}-\d{6}$/ })
    .first()
    .click();
  const seismic = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '地震安全性评价报告' }) });
  await expect(seismic.getByText('区域评估免交')).toBeVisible();
  await expect(seismic.getByText(/豫震安评〔2023〕7号/)).toBeVisible();

  await page.getByRole('link', { name: '500MWh储能电池生产基地项目' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '500MWh储能电池生产基地项目' })).toBeVisible();
  await expect(page.getByRole('img', { name: /区位图$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^申报/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '修改项目信息' })).toHaveCount(0);
});
