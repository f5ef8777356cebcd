import { describe, expect, it } from 'vitest';
import { makeCreditCode, ZONE_REGION_CODE } from '@/lib/domain/credit-code';
import { licenceCodeParamsSchema, licenceVerificationSchema, toApiLicenceVerification } from './licences-schemas';
import { buildOpenApiDocument, COMPONENT_PREFIX } from './openapi';

const code = makeCreditCode({ authority: '9', type: '1', region: ZONE_REGION_CODE, sequence: 42 });

describe('licence verification wire format', () => {
  it('accepts a valid code in any case and normalises it; refuses malformed ones', () => {
    expect(licenceCodeParamsSchema.parse({ code: ` ${code.toLowerCase()} ` })).toEqual({ code });
    for (const bad of ['', 'x', code.slice(0, 17), `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}`]) {
      expect(licenceCodeParamsSchema.safeParse({ code: bad }).success).toBe(false);
    }
  });

  it('maps only what a licence shows, and says whether it is valid', () => {
    const licence = {
      creditCode: code,
      kind: 'business-licence' as const,
      name: '许昌鸿之业智造科技有限公司',
      type: '有限责任公司',
      legalRepresentative: '李明远',
      registeredCapital: 500,
      address: '许昌经济技术开发区延安路 1666 号',
      businessScope: '新型建筑材料研发、生产与销售',
      establishedOn: '2026-11-27',
      term: '长期',
      authority: '许昌市市场监督管理局经济技术开发区分局',
      issuedOn: '2026-11-27',
      status: 'suspended' as const,
      statusChangedAt: '2026-11-27T08:00:00.000Z',
      // Anything else the data layer might carry never reaches the wire.
      id: '00000000-0000-0000-0000-000000000000',
    };
    const body = toApiLicenceVerification(licence);
    expect(licenceVerificationSchema.parse(body)).toEqual(body);
    expect(body).toMatchObject({ genuine: true, valid: false, status: 'suspended' });
    expect(JSON.stringify(body)).not.toContain('00000000-0000');
  });

  it('is published in the OpenAPI document with its component', () => {
    const doc = buildOpenApiDocument();
    const op = doc.paths['/api/v1/licences/{code}']?.get;
    expect(op?.operationId).toBe('verifyLicence');
    expect(op?.responses['200'].content['application/json'].schema.$ref).toBe(`${COMPONENT_PREFIX}LicenceVerification`);
    expect(Object.keys(op?.responses ?? {})).toEqual(['200', '400', '404']);
    expect(doc.components.schemas.LicenceVerification).toBeDefined();
  });
});
