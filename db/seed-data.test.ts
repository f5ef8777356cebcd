import { describe, expect, it } from 'vitest';
import { answerErrors } from '@/lib/validation/application-answers';
import { demoCases } from './seed-data';

describe('demo cases', () => {
  it('carry licence applications a window officer can take on to the licence', () => {
    const establishments = demoCases.filter((c) => c.itemCode === 'XC-SL-002');
    expect(establishments.length).toBeGreaterThan(5);
    for (const c of establishments) {
      expect(answerErrors('establishment', c.formData), c.number).toEqual({});
      expect(c.title).toContain(c.formData.enterpriseName as string);
    }
  });
});
