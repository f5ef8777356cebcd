import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkName } from '@/lib/domain/names';
import { nameCheckRequestSchema, nameCheckResultSchema, toApiNameCheck } from './names-schemas';

const valid = { region: '许昌', tradeName: '鸿之业', industry: '新材料', organizationForm: '有限公司' };

describe('name check request', () => {
  it('trims the four parts and accepts an optional enterprise type', () => {
    expect(nameCheckRequestSchema.parse({ ...valid, region: ' 许昌 ', tradeName: '鸿之业\n' })).toEqual(valid);
    expect(nameCheckRequestSchema.parse({ ...valid, enterpriseType: 'joint-stock' }).enterpriseType).toBe('joint-stock');
  });

  it('allows an empty industry (a name without an industry part)', () => {
    expect(nameCheckRequestSchema.parse({ ...valid, industry: '  ' }).industry).toBe('');
  });

  it('reports every missing, empty, too long or mistyped field', () => {
    const result = nameCheckRequestSchema.safeParse({
      region: '  ',
      tradeName: '鸿'.repeat(51),
      organizationForm: 7,
      enterpriseType: 'sole',
    });
    expect(result.success).toBe(false);
    const fields = z.flattenError(result.error!).fieldErrors;
    expect(Object.keys(fields).sort()).toEqual(['enterpriseType', 'industry', 'organizationForm', 'region', 'tradeName']);
  });

  it('rejects a body that is not an object', () => {
    expect(nameCheckRequestSchema.safeParse(null).success).toBe(false);
    expect(nameCheckRequestSchema.safeParse([valid]).success).toBe(false);
  });
});

describe('name check result', () => {
  it('maps the pure result to the wire format, which parses', () => {
    const result = checkName({ ...valid, tradeName: '中华鸿之业' }, [], '2026-11-26');
    result.similar = [{ name: '许昌鸿之业新材料有限公司', score: 0.5 }];
    const api = toApiNameCheck(result);
    expect(nameCheckResultSchema.parse(api)).toEqual(api);
    expect(api.verdict).toBe('refused');
    expect(api.reasons.map((r) => r.rule)).toContain('content.restricted');
  });
});
