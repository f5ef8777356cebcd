import { describe, expect, it } from 'vitest';
import { ESTABLISHMENT_ANSWERS } from '@/lib/testing/establishment-answers';
import { answerErrors, contactErrors, saveableContact } from './application-answers';

const complete = ESTABLISHMENT_ANSWERS;

describe('answerErrors', () => {
  it('accepts complete answers, numbers typed as text included', () => {
    expect(answerErrors('establishment', complete)).toEqual({});
  });

  it('reports a blank required field as required, whatever its type', () => {
    const errors = answerErrors('establishment', { ...complete, registeredCapital: '', enterpriseType: '', address: '  ' });
    expect(errors).toEqual({ registeredCapital: 'required', enterpriseType: 'required', address: 'required' });
  });

  it('uses the shared schema for the format of filled fields', () => {
    expect(answerErrors('establishment', { ...complete, registeredCapital: '0' })).toEqual({ registeredCapital: 'outOfRange' });
    expect(answerErrors('establishment', { ...complete, registeredCapital: 'abc' })).toEqual({ registeredCapital: 'number' });
    expect(answerErrors('establishment', { ...complete, enterpriseType: 'partnership' })).toEqual({ enterpriseType: 'required' });
  });

  it('reports a shareholder row’s problems by its path, and the rules across answers', () => {
    const [first, second] = complete.shareholders;
    expect(
      answerErrors('establishment', { ...complete, shareholders: [first, { ...second, name: ' ', contribution: '' }] }),
    ).toEqual({
      'shareholders.1.name': 'required',
      'shareholders.1.contribution': 'required',
    });
    expect(answerErrors('establishment', { ...complete, shareholders: [first, { ...second, contribution: '99.5' }] })).toEqual({
      shareholders: 'contributionsSum',
    });
    expect(answerErrors('establishment', { ...complete, registeredCapital: '500.5' })).toEqual({ registeredCapital: 'integer' });
    expect(answerErrors('establishment', { ...complete, shareholders: [] })).toEqual({ shareholders: 'required' });
  });

  it('takes business-scope items from the standard list only, each once', () => {
    expect(answerErrors('establishment', { ...complete, businessScope: ['G001', 'Z999'] })).toEqual({
      'businessScope.1': 'required',
    });
    expect(answerErrors('establishment', { ...complete, businessScope: ['G001', 'G001'] })).toEqual({
      businessScope: 'duplicate',
    });
    expect(answerErrors('establishment', { ...complete, businessScope: 'G001' })).toEqual({ businessScope: 'required' });
  });

  it('has nothing to check for an unknown form', () => {
    expect(answerErrors('no-such-form', {})).toEqual({});
  });
});

describe('contact', () => {
  it('requires name and phone, and a valid email when one is given', () => {
    expect(contactErrors(null)).toEqual({ name: 'required', phone: 'phone' });
    expect(contactErrors({ name: '李明远', phone: '13837400001', email: 'x' })).toEqual({ email: 'email' });
    expect(contactErrors({ name: '李明远', phone: '0374-1234567', email: '' })).toEqual({});
  });

  it('saves only the fields that are already valid', () => {
    expect(saveableContact({ name: '李明远', phone: '138', email: '' })).toEqual({
      contact: { name: '李明远', email: '' },
      pending: ['phone'],
    });
  });
});
