import { describe, expect, it } from 'vitest';
import { answerErrors, contactErrors, saveableContact } from './application-answers';

const complete = {
  enterpriseName: '许昌鸿之业新材料有限公司',
  enterpriseType: 'llc',
  registeredCapital: '500',
  address: '许昌经济技术开发区长村张乡 18 号',
  legalRepresentative: '张三',
  businessScope: '新型建筑材料制造',
};

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
