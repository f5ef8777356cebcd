import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export { expect };

/** A page's address with its ids replaced, so that each kind of page is scanned once per run of a worker. */
const pageKind = (url: string) => {
  const { pathname } = new URL(url);
  return pathname
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ':id')
    .replace(/\/[0-9A-Z]{18}$/, '/:code');
};
const scanned = new Set<string>();

/**
 * Every spec's test: an axe scan (WCAG 2.1 A and AA) of every page the journey visits, once the page
 * has loaded, whether by goto or by a link or form; a test fails at its end if a page had a serious
 * or critical violation. A scan cut short by the journey moving on is dropped (the page is scanned on a later visit).
 */
export const test = base.extend<{ accessibility: void }>({
  accessibility: [
    async ({ page }, use, testInfo) => {
      const violations: string[] = [];
      let queue = Promise.resolve();
      const scan = (url: string) => {
        const kind = pageKind(url);
        if (!url.startsWith('http') || kind.startsWith('/api/') || scanned.has(kind)) return;
        scanned.add(kind);
        queue = queue.then(async () => {
          try {
            const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
            for (const v of results.violations) {
              if (v.impact !== 'serious' && v.impact !== 'critical') continue;
              const targets = v.nodes.map((n) => n.target.join(' ')).slice(0, 5);
              violations.push(`${kind}: ${v.id} (${v.impact}) — ${v.help} — ${targets.join(' | ')}`);
            }
          } catch {
            scanned.delete(kind);
          }
        });
      };
      const onLoad = () => scan(page.url());
      page.on('load', onLoad);
      // Client-side navigations (links, router.push) do not fire 'load': scan once the new page has rendered.
      const onNavigated = (frame: import('@playwright/test').Frame) => {
        if (frame === page.mainFrame()) setTimeout(() => scan(frame.url()), 500);
      };
      page.on('framenavigated', onNavigated);
      await use();
      page.off('load', onLoad);
      page.off('framenavigated', onNavigated);
      await queue;
      if (violations.length) await testInfo.attach('axe violations', { body: violations.join('\n'), contentType: 'text/plain' });
      expect(violations, 'serious or critical accessibility violations').toEqual([]);
    },
    { auto: true },
  ],
});

export const DEMO_PASSWORD = 'OneWindow-2026';

/** Signs in through the form, as a person would, in whichever language the page is in. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel(/邮箱|E-mail/).fill(email);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  // Verifying an argon2id hash is deliberately costly: a server just started on a busy machine needs longer.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
}

const file = (name: string) => path.join(__dirname, 'files', name);

/** Uploads a file through a material's control and waits for the server to store it. */
export async function uploadMaterial(page: Page, label: string, code: string, fileName: string) {
  const stored = page.waitForResponse((r) => r.url().includes(`/materials/${code}`) && r.request().method() === 'POST');
  await page.getByLabel(label).setInputFiles(file(fileName));
  expect((await stored).status()).toBe(201);
}

/** The licence application's required materials (XC-SL-002), by the name on their upload control and their code. */
export const ESTABLISHMENT_MATERIALS = [
  ['公司登记（备案）申请书', 'application-form'],
  ['公司章程', 'articles-of-association'],
  ['股东主体资格证明或自然人身份证件', 'shareholder-identity'],
  ['法定代表人、董事、监事和经理的任职文件', 'appointment-documents'],
  ['住所（经营场所）使用证明', 'domicile-proof'],
] as const;

/**
 * Uploads a file for each material the window's intake check needs (the wizard's materials
 * step). The name notice is not among them: the portal generates it at submission.
 */
export async function uploadMaterials(page: Page, materials: readonly (readonly [string, string])[]) {
  for (const [name, code] of materials) await uploadMaterial(page, `上传“${name}”`, code, 'articles-of-association.pdf');
}

/** Moves the application wizard on and waits until the step has changed (the step lives in the URL). */
export async function nextStep(page: Page, to: number) {
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText(`第 ${to} 步，共 4 步`)).toBeVisible();
}

/** Signs in as a member of staff and opens a case from the desk's queue in the given state. */
export async function openAtDesk(page: Page, email: string, state: string, caseNumber: string) {
  await signIn(page, email);
  await page.goto(`/desk?state=${state}`);
  await page.getByRole('link', { name: caseNumber }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Chooses in the header which of the applicant's enterprises they act for (DESIGN §6). */
export async function actFor(page: Page, name: string) {
  const choice = page.getByLabel('办事企业');
  await choice.selectOption({ label: name });
  await expect(choice.locator('option:checked')).toHaveText(name);
  await expect(choice).toBeEnabled();
}

/**
 * Opens the licence of the enterprise `name` from its wallet (signed in as its applicant, who
 * switches to it in the header) and reads the credit code and the verification link its QR code carries.
 */
export async function openLicenceFromWallet(page: Page, name: string) {
  await page.goto('/my/wallet');
  await actFor(page, name);
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await page.getByRole('link', { name: '查看证照' }).first().click();
  await expect(page.getByRole('heading', { name: '营业执照' }).first()).toBeVisible();
  const creditCode = (await page
    .getByText(/^[0-9A-HJ-NPQRTUWXY]{18}$/)
    .first()
    .textContent())!.trim();
  const verifyPath = (await page
    .getByText(/核验网址/)
    .first()
    .textContent())!.match(/\/verify\/[0-9A-Z]{18}/)![0];
  expect(verifyPath).toBe(`/verify/${creditCode}`);
  return { creditCode, verifyPath };
}
