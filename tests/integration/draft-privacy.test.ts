import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as deskQueueApi } from '@/app/api/v1/desk/queue/route';
import { cases } from '@/db/schema';
import { ANONYMOUS, type Viewer } from '@/lib/auth/permissions';
import { getCaseDetail } from '@/lib/data/case-detail';
import { createDraft } from '@/lib/data/case-workflow';
import { listIntakeQueue, listMyCases } from '@/lib/data/cases';
import { listCaseMaterials } from '@/lib/data/files';
import { setUpTestDatabase } from './harness';

// The API reads the viewer from the session: each test sets who is signed in.
const session = vi.hoisted(() => ({ viewer: undefined as unknown }));
vi.mock('@/lib/auth/session', () => ({ getViewer: async () => session.viewer ?? ANONYMOUS }));

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };
const STAFF = {
  clerk: 'clerk@onewindow.test',
  reviewer: 'reviewer@onewindow.test',
  officer: 'officer@onewindow.test',
  manager: 'manager@onewindow.test',
};

type ErrorBody = { error: { code: string; fields?: Record<string, string[]> } };

describe('drafts are their enterprise’s own: staff see a case from its submission on', () => {
  let applicant: Viewer;
  let draftId: string;
  const staff = {} as Record<keyof typeof STAFF, Viewer>;

  beforeAll(async () => {
    applicant = await test.viewerOf('applicant@onewindow.test');
    for (const [who, email] of Object.entries(STAFF)) staff[who as keyof typeof STAFF] = await test.viewerOf(email);
    if (applicant.kind !== 'user' || staff.reviewer.kind !== 'user') throw new Error('seed is missing personas');
    draftId = (
      await createDraft(applicant, { serviceCode: 'XC-SL-002', enterpriseId: applicant.memberships[0].enterpriseId }, meta)
    ).id;
    // Handled by the reviewer's own department, so that only its being a draft keeps them out.
    await test.db.update(cases).set({ departmentId: staff.reviewer.departmentId }).where(eq(cases.id, draftId));
  });

  it.each(['clerk', 'reviewer', 'officer'] as const)('a %s cannot list drafts, from the data layer or the API', async (who) => {
    await expect(listIntakeQueue(staff[who], { state: 'draft' })).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: { state: ['state'] },
    });
    session.viewer = staff[who];
    const res = await deskQueueApi(new Request('http://localhost/api/v1/desk/queue?state=draft'));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.fields?.state).toBeDefined();
    // The other states still list.
    expect((await deskQueueApi(new Request('http://localhost/api/v1/desk/queue?state=submitted'))).status).toBe(200);
  });

  it.each(['clerk', 'reviewer', 'officer', 'manager'] as const)('a %s is told a draft does not exist', async (who) => {
    await expect(getCaseDetail(staff[who], draftId)).rejects.toMatchObject({ code: 'notFound' });
    await expect(listCaseMaterials(staff[who], draftId)).rejects.toMatchObject({ code: 'notFound' });
  });

  it('the applicant still lists and reads their draft', async () => {
    expect((await listMyCases(applicant)).map((c) => c.id)).toContain(draftId);
    expect((await getCaseDetail(applicant, draftId)).state).toBe('draft');
  });

  it('a clerk reads the walk-in draft they entered themselves', async () => {
    if (applicant.kind !== 'user') throw new Error('no applicant');
    const walkIn = await createDraft(
      staff.clerk,
      { serviceCode: 'XC-SL-002', enterpriseId: applicant.memberships[0].enterpriseId },
      meta,
    );
    expect((await getCaseDetail(staff.clerk, walkIn.id)).state).toBe('draft');
    await expect(getCaseDetail(staff.officer, walkIn.id)).rejects.toMatchObject({ code: 'notFound' });
  });

  it('once submitted, staff read the case', async () => {
    await test.db.update(cases).set({ state: 'submitted', submittedAt: new Date() }).where(eq(cases.id, draftId));
    for (const who of ['clerk', 'reviewer', 'officer', 'manager'] as const) {
      expect((await getCaseDetail(staff[who], draftId)).state).toBe('submitted');
    }
  });
});
