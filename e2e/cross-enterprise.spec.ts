import type { Page } from '@playwright/test';
import { expect, test, signIn } from './fixtures';

/** What enterprise A (applicant@, 河南鸿之业) has: a case, one of its files and one of its notices. */
type Target = { caseId: string; number: string; fileUrl: string; noticeUrl: string };

/** Signed in as applicant@, finds among the cases on /my one with an uploaded file and a printable notice. */
async function findTargetOfA(page: Page): Promise<Target> {
  await signIn(page, 'applicant@onewindow.test');
  await page.goto('/my');
  const caseLinks = await page
    .locator('a[href^="/my/cases/"]:not([href$="/edit"])')
    .evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })));
  for (const { href, text } of caseLinks) {
    await page.goto(href);
    const fileUrl = await page
      .locator('a[href^="/api/files/"]')
      .first()
      .getAttribute('href', { timeout: 1_000 })
      .catch(() => null);
    const noticeUrl = await page
      .locator('a[href*="/notices/"]')
      .first()
      .getAttribute('href', { timeout: 1_000 })
      .catch(() => null);
    if (fileUrl && noticeUrl && /^XC-/.test(text)) return { caseId: href.split('/').pop()!, number: text, fileUrl, noticeUrl };
  }
  throw new Error('the seed gave applicant@ no case with both a file and a notice');
}

test("another enterprise's case, file and notices are refused in the browser", async ({ page, context }) => {
  const a = await findTargetOfA(page);
  // The owner sees them: the URLs are real.
  expect((await page.goto(`/my/cases/${a.caseId}`))?.status()).toBe(200);
  expect((await page.goto(a.noticeUrl))?.status()).toBe(200);
  await expect(page.getByText(a.number).first()).toBeVisible();

  await context.clearCookies();
  await signIn(page, 'applicant2@onewindow.test');
  for (const url of [`/my/cases/${a.caseId}`, `/cases/${a.caseId}`, a.noticeUrl, `/cases/${a.caseId}/notices/acceptance`]) {
    const response = await page.goto(url);
    expect([403, 404], url).toContain(response?.status());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^(无权访问|页面不存在)$/);
    await expect(page.getByText(a.number)).toHaveCount(0);
    await expect(page.getByText(/鸿之业/)).toHaveCount(0);
  }
  const file = await page.request.get(a.fileUrl);
  expect([403, 404]).toContain(file.status());
  expect((await file.body()).subarray(0, 5).toString()).not.toBe('%PDF-');
  // In the browser too: the file route answers with a refusal, not the bytes.
  const shown = await page.goto(a.fileUrl);
  expect([403, 404]).toContain(shown?.status());
  await expect(page.locator('body')).not.toContainText('%PDF');
});
