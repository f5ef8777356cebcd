import type { Page } from '@playwright/test';
import { expect, test, signIn } from './fixtures';

// A common office laptop screen.
test.use({ viewport: { width: 1366, height: 768 } });

/** The header's logo, menu and account controls sit on one line, and nothing scrolls sideways. */
async function expectOneLineHeader(page: Page) {
  const header = page.getByRole('banner');
  await expect(header).toBeVisible();
  const rows = await header.evaluate((el) => {
    const bar = el.firstElementChild!;
    return [...bar.children].map((child) => {
      const r = child.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
  });
  // Every part overlaps the others vertically: none went down to a second line.
  expect(Math.max(...rows.map((r) => r.top))).toBeLessThan(Math.min(...rows.map((r) => r.bottom)));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function inEnglish(page: Page) {
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('the hall has a favicon', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
});

test('the header stays on one line at 1366 px for a visitor, in both languages', async ({ page }) => {
  await page.goto('/');
  await expectOneLineHeader(page);
  await inEnglish(page);
  await expectOneLineHeader(page);
});

test('the header stays on one line at 1366 px for an applicant, in both languages', async ({ page }) => {
  await signIn(page, 'applicant@onewindow.test');
  await page.goto('/my');
  await expectOneLineHeader(page);
  await inEnglish(page);
  await expectOneLineHeader(page);
});

test('the desk queue shows every column at 1366 px, 提交时间 included; header on one line', async ({ page }) => {
  await signIn(page, 'clerk@onewindow.test');
  for (const lang of ['zh-CN', 'en'] as const) {
    if (lang === 'en') await inEnglish(page);
    await page.goto('/desk');
    await expectOneLineHeader(page);
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    const last = table.getByRole('columnheader', { name: lang === 'en' ? /Submitted/ : '提交时间' });
    await expect(last).toBeVisible();
    const fit = await table.evaluate((el) => {
      const scroller = el.parentElement!;
      return { scroll: scroller.scrollWidth, client: scroller.clientWidth, right: scroller.getBoundingClientRect().right };
    });
    // The table needs no sideways scrolling, so its last column is not cut off.
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
    expect((await last.boundingBox())!.x + (await last.boundingBox())!.width).toBeLessThanOrEqual(fit.right + 0.5);
  }
});
