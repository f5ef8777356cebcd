/**
 * Complete answers of the establishment form (lib/domain/application-forms.ts) for tests: the
 * name the seeded demo enterprise 鸿之业 holds (db/seed-names.ts), a corporate and a natural-
 * person shareholder whose contributions add up to the registered capital.
 */
export const HELD_DEMO_NAME = '许昌鸿之业智造科技有限公司';

/** A valid unified social credit code (GB 32100) of a corporate shareholder. */
export const SHAREHOLDER_CREDIT_CODE = '91411000MA0007JG84';

export const ESTABLISHMENT_ANSWERS = {
  enterpriseName: HELD_DEMO_NAME,
  enterpriseType: 'llc',
  registeredCapital: 500,
  address: '许昌经济技术开发区延安路 1666 号',
  legalRepresentative: '李明远',
  shareholders: [
    { kind: 'corporate', name: '河南鸿之业新材料有限公司', idNumber: SHAREHOLDER_CREDIT_CODE, contribution: 400 },
    { kind: 'person', name: '李明远', idNumber: '411002198505120018', contribution: 100 },
  ],
  businessScope: ['G002', 'G003', 'G004', 'L001'],
  term: 'long',
};
