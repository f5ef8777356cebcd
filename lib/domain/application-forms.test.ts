import { describe, expect, it } from 'vitest';
import { formFieldsFor } from './application-forms';
import { ENTERPRISE_TYPES, OPERATING_TERMS } from './establishment';

const options = (formKey: string, key: string) =>
  formFieldsFor(formKey)
    .find((f) => f.key === key)
    ?.options?.map((o) => o.value);

describe('the establishment form', () => {
  it('offers exactly the enterprise types and terms the rules know', () => {
    expect(options('establishment', 'enterpriseType')).toEqual([...ENTERPRISE_TYPES]);
    expect(options('establishment', 'term')).toEqual([...OPERATING_TERMS]);
  });

  it('asks for a held name, shareholders, a scope from the list and a term (DESIGN §6)', () => {
    expect(formFieldsFor('establishment').map((f) => [f.key, f.type])).toEqual([
      ['enterpriseName', 'reservedName'],
      ['enterpriseType', 'select'],
      ['registeredCapital', 'number'],
      ['address', 'text'],
      ['legalRepresentative', 'text'],
      ['shareholders', 'shareholders'],
      ['businessScope', 'multiselect'],
      ['term', 'select'],
    ]);
  });
});
