import { describe, expect, it } from 'vitest';
import { getCaseDetail } from '@/lib/data/case-detail';
import { ESTABLISHMENT_ANSWERS } from '@/lib/testing/establishment-answers';
import { setUpTestDatabase } from './harness';
import { enterpriseOf, licenceCases } from './licence-fixtures';

const test = setUpTestDatabase();
const { insertCase } = licenceCases(test);
const PERSON_ID = ESTABLISHMENT_ANSWERS.shareholders[1].idNumber;

type Row = { kind: string; idNumber: string };
const idNumbers = (formData: Record<string, unknown>) => (formData.shareholders as Row[]).map((s) => s.idNumber);

describe('identity numbers on the case page', () => {
  it('shows the window only the last 4 characters of a person’s identity number; the applicant sees the whole', async () => {
    const applicant = await test.viewerOf('applicant@onewindow.test');
    const c = await insertCase(enterpriseOf(applicant));
    expect(PERSON_ID).toHaveLength(18);

    for (const email of ['clerk@onewindow.test', 'reviewer3@onewindow.test', 'manager@onewindow.test']) {
      const detail = await getCaseDetail(await test.viewerOf(email), c.id);
      expect(JSON.stringify(detail)).not.toContain(PERSON_ID);
      // The corporate shareholder's credit code is public and stays whole.
      expect(idNumbers(detail.formData)).toEqual([
        ESTABLISHMENT_ANSWERS.shareholders[0].idNumber,
        `${'*'.repeat(14)}${PERSON_ID.slice(-4)}`,
      ]);
    }

    const own = await getCaseDetail(applicant, c.id);
    expect(idNumbers(own.formData)).toEqual(ESTABLISHMENT_ANSWERS.shareholders.map((s) => s.idNumber));
  });
});
