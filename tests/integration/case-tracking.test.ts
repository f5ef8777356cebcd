import { isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '@/db/schema';
import { getPublicCaseStatus } from '@/lib/data/case-tracking';
import { trackingCode } from '@/lib/domain/case-tracking';
import { setUpTestDatabase } from './harness';

const test = setUpTestDatabase();
const SECRET = 'integration-tracking-secret-0123456789';

describe('public case status', () => {
  let number: string;
  beforeAll(async () => {
    process.env.AUTH_SECRET = SECRET;
    const [row] = await test.db.select({ number: cases.number }).from(cases).where(isNotNull(cases.number)).limit(1);
    number = row.number!;
  });
  afterAll(() => {
    delete process.env.AUTH_SECRET;
  });

  it('shows progress and dates only, to the holder of the code', async () => {
    const status = await getPublicCaseStatus(number, trackingCode(number, SECRET));
    expect(status).not.toBeNull();
    expect(Object.keys(status!).sort()).toEqual(
      ['acceptedAt', 'completedAt', 'number', 'service', 'serviceDeadline', 'state', 'submittedAt'].sort(),
    );
    expect(status!.number).toBe(number);
    expect(status!.service.zh).toBeTruthy();
  });

  it('answers a wrong code and an unknown number alike', async () => {
    expect(await getPublicCaseStatus(number, 'aaaaaaaaaa')).toBeNull();
    expect(await getPublicCaseStatus(number, trackingCode(number, 'another-secret'))).toBeNull();
    expect(await getPublicCaseStatus('XC-1999-999999', trackingCode('XC-1999-999999', SECRET))).toBeNull();
    expect(await getPublicCaseStatus(number, '')).toBeNull();
  });
});
