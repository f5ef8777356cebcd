import { expect, test, signIn } from './fixtures';

// The seeded establishment case of 一峰仓储 (渊鸿商贸), submitted and waiting at the window: no other spec acts on it.
const SUBJECT = '许昌一峰仓储服务有限公司';

test('the e-mail of a supplement notice appears in the admin mailbox', async ({ page }) => {
  await signIn(page, 'clerk@onewindow.test');
  await page.goto('/desk?state=submitted');
  const link = page
    .getByRole('row')
    .filter({ hasText: SUBJECT })
    .getByRole('link', { name: /^XC-\d{4}-\d{6}$/ });
  const caseNumber = (await link.textContent())!.trim();
  await link.click();
  await page.getByLabel('需补正：公司章程', { exact: true }).check();
  await page.getByLabel('公司章程 补正原因').selectOption('unsigned');
  await page.getByRole('button', { name: '一次性告知' }).click();
  await expect(page.getByText('待补正').first()).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, 'admin@onewindow.test');
  await page.goto('/admin');
  await page.getByRole('link', { name: '打开发件箱' }).click();
  await expect(page).toHaveURL(/\/admin\/mail$/);
  const row = page.getByRole('row').filter({ hasText: caseNumber }).filter({ hasText: '请补正材料' });
  await expect(row).toContainText('agent6@onewindow.test');
  await expect(row).toContainText('待发送');
  await row.getByRole('link', { name: `【一网通办】请补正材料（${caseNumber}）` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`【一网通办】请补正材料（${caseNumber}）`);
  await expect(page.getByText('您的申请需要补正 1 项内容')).toBeVisible();
  await expect(page.getByText(/查看办件：http:\/\/\S+\/cases\/[0-9a-f-]{36}/)).toBeVisible();
});

test('a user turns off non-essential e-mail in their account settings', async ({ page }) => {
  await signIn(page, 'agent8@onewindow.test');
  await page.getByRole('link', { name: '账户设置' }).click();
  await expect(page).toHaveURL(/\/account$/);
  const toggle = page.getByRole('switch', { name: '接收非必要邮件' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存。')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('switch', { name: '接收非必要邮件' })).not.toBeChecked();
});
