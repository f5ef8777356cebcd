import { describe, expect, it, vi } from 'vitest';
import { POST as checkName } from '@/app/api/v1/names/check/route';
import { GET as listServicesApi } from '@/app/api/v1/services/route';
import { GET as deskQueueApi } from '@/app/api/v1/desk/queue/route';
import { catalogueSearchSchema, searchParamsToObject } from '@/lib/api/schemas';
import { ANONYMOUS } from '@/lib/auth/permissions';
import { listServices } from '@/lib/data/catalogue';
import { listIntakeQueue } from '@/lib/data/cases';
import { encodeQueueCursor } from '@/lib/domain/queue-cursor';
import { driver, setUpTestDatabase } from './harness';

// The route reads the session through Auth.js, which needs Next's runtime; the queries below fail before it matters.
vi.mock('@/lib/auth/session', () => ({ getViewer: async () => ANONYMOUS }));

const test = setUpTestDatabase();

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };
const forge = (raw: string) => Buffer.from(raw).toString('base64url');

// Inputs that once reached PostgreSQL unvalidated and came back as a 500 (issue 13, finding 3).
describe(`malformed input is a 400 with field errors, never a 500 (${driver})`, () => {
  it('a NUL byte in the name check', async () => {
    const res = await checkName(
      new Request('http://localhost/api/v1/names/check', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ region: '许昌', tradeName: '鸿\u0000业', industry: '', organizationForm: '有限公司' }),
      }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.fields?.tradeName?.[0]).toMatch(/control characters/i);
  });

  it('a NUL byte in the catalogue search, in the API and on the page', async () => {
    const res = await listServicesApi(new Request('http://localhost/api/v1/services?q=%00'));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.fields?.q?.[0]).toMatch(/control characters/i);
    // The page's GET form ignores a bad value, as it does any other, and lists everything.
    const search = catalogueSearchSchema.parse(searchParamsToObject(new URLSearchParams('q=%00')));
    expect(search.q).toBeUndefined();
    expect((await listServices(ANONYMOUS, search)).length).toBeGreaterThan(0);
  });

  it('a NUL byte or a forged cursor in the desk queue API', async () => {
    const item = await deskQueueApi(new Request('http://localhost/api/v1/desk/queue?item=%00'));
    expect(item.status).toBe(400);
    expect(((await item.json()) as ErrorBody).error.fields?.item?.[0]).toMatch(/control characters/i);

    const after = forge(`2026-13-45|${'a'.repeat(36)}`);
    const cursor = await deskQueueApi(new Request(`http://localhost/api/v1/desk/queue?after=${after}`));
    expect(cursor.status).toBe(400);
    expect(((await cursor.json()) as ErrorBody).error.fields?.after?.[0]).toMatch(/cursor/);
  });

  it('a forged cursor given to the data layer directly', async () => {
    const clerk = await test.viewerOf('clerk@onewindow.test');
    for (const raw of [`2026-13-45|${'a'.repeat(36)}`, `2026-11-27|${'-'.repeat(36)}`]) {
      await expect(listIntakeQueue(clerk, { after: forge(raw) })).rejects.toMatchObject({
        code: 'invalid',
        fieldErrors: { after: ['cursor'] },
      });
    }
    // A cursor the queue issued still pages.
    const first = await listIntakeQueue(clerk, { state: 'submitted', limit: 1 });
    expect(first.nextCursor).not.toBeNull();
    const second = await listIntakeQueue(clerk, { state: 'submitted', limit: 1, after: first.nextCursor! });
    expect(second.items[0]?.id).not.toBe(first.items[0].id);
    expect(encodeQueueCursor({ dueOn: '2026-11-27', id: first.items[0].id })).toMatch(/^[\w-]+$/);
  });
});
