import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/permissions';
import { ANONYMOUS } from '@/lib/auth/permissions';
import { driver, setUpTestDatabase } from './harness';

/**
 * Generated inputs against every public API and every server action (issue 13): unicode,
 * control characters, huge strings, nesting, wrong types, forged ids and cursors. Nothing may
 * answer ≥ 500 (or, for an action, the "unexpected" error that stands for one), and every
 * refused input names what was wrong.
 */
const RUNS = 1000;
// The inputs are the same on both databases: they run once per `npm test`, on PostgreSQL when the
// run has it (real concurrency, the production database), else on PGlite.
const ON_THIS_DATABASE = driver === 'postgres' || !process.env.TEST_DATABASE_URL;

// Who is asking: each generated call runs as one of the demo personas (set per call below).
let currentViewer: Viewer = ANONYMOUS;
vi.mock('@/lib/auth/session', () => ({
  getViewer: async () => currentViewer,
  requestMeta: async () => ({ ip: null, userAgent: 'fast-check' }),
}));
// Actions revalidate pages after a success; outside Next's runtime that is a no-op here.
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined }));

const test = setUpTestDatabase();
const personas: Viewer[] = [];
beforeAll(async () => {
  personas.push(ANONYMOUS);
  for (const p of ['applicant', 'clerk', 'reviewer', 'officer', 'manager', 'admin'])
    personas.push(await test.viewerOf(`${p}@onewindow.test`));
});

const unexpected = vi.spyOn(console, 'error').mockImplementation(() => undefined);
afterAll(() => unexpected.mockRestore());

const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\u0000',
    '\u0000\u0001\u001f',
    '%00',
    '%ff',
    '\\\\evil.com',
    '/\\evil.com',
    "' or 1=1 --",
    '<script>x</script>',
    '‮',
  ),
  fc.string({ minLength: 5_000, maxLength: 70_000, unit: 'grapheme-ascii' }),
  fc.uuid(),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '2026-13-45', '9999-12-31'),
);
const anyValue = fc.oneof(nasty, fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true }));
// Field names the forms use, so that generated objects reach past the first check.
const FIELDS = [
  'id',
  'caseId',
  'taskId',
  'commentId',
  'obligationId',
  'verificationId',
  'recordId',
  'enterpriseId',
  'projectId',
  'userId',
  'version',
  'transition',
  'payload',
  'reason',
  'opinion',
  'decision',
  'roles',
  'departmentId',
  'materialCode',
  'serviceCode',
  'answers',
  'idempotencyKey',
  'items',
  'ids',
  'name',
  'year',
  'days',
  'outcome',
  'body',
  'sheet',
  'x',
  'y',
  'route',
  'clauses',
  'typedName',
  'consent',
  'status',
  'note',
  'stage',
  'code',
  'email',
  'password',
];
const shaped = fc.dictionary(fc.constantFrom(...FIELDS), anyValue, { maxKeys: 8 });
const actionInput = fc.oneof(shaped, anyValue);

type ActionResult = { ok: boolean; formError?: string; fieldErrors?: Record<string, string[]> };

async function actionSurfaces(): Promise<[string, (raw: unknown) => Promise<unknown>][]> {
  const modules = {
    account: await import('@/lib/actions/account'),
    admin: await import('@/lib/actions/admin'),
    calendar: await import('@/lib/actions/calendar'),
    case: await import('@/lib/actions/case'),
    credit: await import('@/lib/actions/credit'),
    drawings: await import('@/lib/actions/drawings'),
    enterprise: await import('@/lib/actions/enterprise'),
    'key-projects': await import('@/lib/actions/key-projects'),
    licence: await import('@/lib/actions/licence'),
    officer: await import('@/lib/actions/officer'),
    'on-behalf': await import('@/lib/actions/on-behalf'),
    problems: await import('@/lib/actions/problems'),
    project: await import('@/lib/actions/project'),
    promise: await import('@/lib/actions/promise'),
    ratings: await import('@/lib/actions/ratings'),
    reassign: await import('@/lib/actions/reassign'),
    tasks: await import('@/lib/actions/tasks'),
  };
  // Every action module is here but these: the wrapper itself, and the ones that need Next's own request
  // runtime (Auth.js sign-in and sign-out, the locale cookie), which the e2e malformed-request spec covers.
  const elsewhere = ['define-action', 'session', 'locale'];
  const files = readdirSync(path.resolve(import.meta.dirname, '../../lib/actions'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.replace(/\.ts$/, ''));
  const missing = files.filter((f) => !(f in modules) && !elsewhere.includes(f));
  if (missing.length) throw new Error(`lib/actions modules without generated inputs: ${missing.join(', ')}`);
  return Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports)
      .filter(([, value]) => typeof value === 'function')
      .map(
        ([name, value]) =>
          [`${file}.${name}`, value as (raw: unknown) => Promise<unknown>] as [string, (raw: unknown) => Promise<unknown>],
      ),
  );
}

const ACTIONS = await actionSurfaces();

describe.runIf(ON_THIS_DATABASE)(`generated inputs to every server action (${driver})`, () => {
  it('finds the actions', () => expect(ACTIONS.length).toBeGreaterThan(25));
  for (const [name, action] of ACTIONS) {
    it(
      `${name}: ${RUNS} inputs, a result every time, never "unexpected"; a refused input says which field`,
      { timeout: 180_000 },
      async () => {
        await fc.assert(
          fc.asyncProperty(actionInput, fc.nat(personas.length - 1), async (raw, who) => {
            currentViewer = personas[who];
            const result = (await action(raw)) as ActionResult;
            expect(result).toHaveProperty('ok');
            if (result.ok) return;
            expect(result.formError, `answered "unexpected" for ${fc.stringify(raw).slice(0, 200)}`).not.toBe('unexpected');
            // A schema refusal names its fields, or says the whole input is of the wrong shape.
            if (result.formError === 'invalid') expect(result.fieldErrors).toBeTypeOf('object');
          }),
          { numRuns: RUNS },
        );
        expect(unexpected).not.toHaveBeenCalled();
      },
    );
  }
});

type ErrorBody = { error?: { code: string; message: string; fields?: Record<string, string[]> } };

/** A response below 500; every refusal names its reason (a code), and a 400 says which field was wrong. */
async function expectHandled(response: Response, input: string) {
  expect(response.status, input).toBeLessThan(500);
  if (response.status < 400) return;
  const body = (await response.json()) as ErrorBody;
  expect(body.error?.code, input).toBeTruthy();
  if (response.status === 400) expect(Object.keys(body.error?.fields ?? {}).length, input).toBeGreaterThan(0);
}

const query = fc.dictionary(
  fc.constantFrom('q', 'department', 'audience', 'kind', 'state', 'item', 'after', 'limit', 'x'),
  nasty,
  {
    maxKeys: 4,
  },
);
const params = (q: Record<string, string>) => new URLSearchParams(q).toString();
const segment = fc.oneof(nasty, fc.constantFrom('XC-SL-002', '%ff', '..', 'JY14110009999990')).map((s) => s.slice(0, 300));

describe.runIf(ON_THIS_DATABASE)(`generated inputs to every public API (${driver})`, () => {
  it(`POST /api/v1/names/check: ${RUNS} bodies`, { timeout: 180_000 }, async () => {
    const { POST } = await import('@/app/api/v1/names/check/route');
    const body = fc.oneof(
      fc.record({ region: anyValue, tradeName: anyValue, industry: anyValue, organizationForm: anyValue }, { requiredKeys: [] }),
      anyValue,
    );
    await fc.assert(
      fc.asyncProperty(body, async (raw) => {
        let text: string;
        try {
          text = JSON.stringify(raw) ?? 'undefined';
        } catch {
          text = fc.stringify(raw);
        }
        const response = await POST(
          new Request('http://localhost/api/v1/names/check', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: text,
          }),
        );
        await expectHandled(response, text.slice(0, 200));
      }),
      { numRuns: RUNS },
    );
  });

  it(`GET /api/v1/services and /api/v1/desk/queue: ${RUNS} query strings each`, { timeout: 180_000 }, async () => {
    const services = (await import('@/app/api/v1/services/route')).GET;
    const queue = (await import('@/app/api/v1/desk/queue/route')).GET;
    for (const [path, handler] of [
      ['services', services],
      ['desk/queue', queue],
    ] as const) {
      await fc.assert(
        fc.asyncProperty(query, fc.nat(personas.length - 1), async (q, who) => {
          currentViewer = personas[who];
          const url = `http://localhost/api/v1/${path}?${params(q)}`;
          await expectHandled(await handler(new Request(url)), url.slice(0, 200));
        }),
        { numRuns: RUNS },
      );
    }
  });

  it(
    `GET /api/v1/services/{code}, /api/v1/licences/{code}, /api/files/{id}: ${RUNS} path segments each`,
    { timeout: 180_000 },
    async () => {
      const routes = [
        (await import('@/app/api/v1/services/[code]/route')).GET,
        (await import('@/app/api/v1/licences/[code]/route')).GET,
      ].map(
        (handler) => (value: string) => handler(new Request('http://localhost/x'), { params: Promise.resolve({ code: value }) }),
      );
      const file = (await import('@/app/api/files/[fileId]/route')).GET;
      routes.push((value: string) => file(new Request('http://localhost/x'), { params: Promise.resolve({ fileId: value }) }));
      for (const route of routes) {
        await fc.assert(
          fc.asyncProperty(segment, fc.nat(personas.length - 1), async (value, who) => {
            currentViewer = personas[who];
            await expectHandled(await route(value), value.slice(0, 200));
          }),
          { numRuns: RUNS },
        );
      }
    },
  );
});
