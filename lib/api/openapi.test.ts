import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ServiceGuide } from '@/lib/data/catalogue';
import { API_ENDPOINTS, buildOpenApiDocument, COMPONENT_PREFIX, schemaFields, typeLabel } from './openapi';
import {
  catalogueSearchSchema,
  errorBody,
  errorSchema,
  openApiDocumentSchema,
  searchParamsToObject,
  serviceGuideSchema,
  serviceListSchema,
  serviceQuerySchema,
  toApiServiceGuide,
  toApiServiceList,
} from './schemas';

const doc = buildOpenApiDocument();

function collectRefs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => collectRefs(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') out.push(v);
      else collectRefs(v, out);
    }
  }
  return out;
}

const guide: ServiceGuide = {
  code: 'XC-JP-003',
  version: 2,
  name: { zh: '工程建设项目联合审批', en: 'Combined approval of an investment and construction project' },
  summary: { zh: '一窗受理、联审联批', en: 'One application, parallel review' },
  kind: 'combined',
  audience: 'project',
  leadDepartment: {
    id: '6f1c0a52-0000-4000-8000-000000000001',
    code: 'window',
    name: { zh: '政务服务中心', en: 'Service Centre' },
  },
  statutoryDays: 45,
  promisedDays: 12,
  feeYuan: 0,
  allowsTolerance: true,
  allowsPromise: true,
  legalBasis: [{ zh: '《中华人民共和国行政许可法》', en: 'Administrative Licensing Law' }],
  conditions: [{ zh: '项目位于开发区范围内。', en: 'The project lies within the zone.' }],
  promiseClauses: [{ code: 'P1', replaces: [], zh: '本单位已依法取得项目用地。', en: 'We have lawfully obtained the land.' }],
  howToApply: [{ zh: '在线填写申请表。', en: 'Fill in the form online.' }],
  keywords: ['施工许可证'],
  formKey: 'combined-project',
  departments: [
    {
      id: '6f1c0a52-0000-4000-8000-000000000002',
      code: 'fire',
      name: { zh: '消防救援大队', en: 'Fire and Rescue Brigade' },
      task: { zh: '建设工程消防设计审查', en: 'Fire protection design review' },
      item: { code: 'XC-XF-001', name: { zh: '特殊建设工程消防设计审查', en: 'Fire protection design review' } },
      veto: true,
      legalDays: 15,
      timeLimitDays: 10,
    },
  ],
  stage: 'construction_permit',
  bundledIn: [],
  materials: [
    {
      code: 'joint-application',
      name: { zh: '联合审批申请表', en: 'Application form' },
      description: null,
      required: true,
      core: true,
      eLicenceType: null,
      waivedByAssessment: null,
      templateUrl: null,
      maxSizeMb: 5,
      departmentCodes: ['fire'],
    },
    {
      code: 'business-licence',
      name: { zh: '营业执照', en: 'Business licence' },
      description: { zh: '电子证照库中已有的免于提交。', en: 'Not needed when already in the wallet.' },
      required: true,
      core: true,
      eLicenceType: 'business-licence',
      waivedByAssessment: null,
      templateUrl: null,
      maxSizeMb: 5,
      departmentCodes: ['fire'],
    },
  ],
  publishedAt: '2025-03-01T02:00:00.000Z',
};

describe('OpenAPI document', () => {
  it('has the basic structure of an OpenAPI 3.1 document', () => {
    expect(openApiDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/services', '/api/v1/services/{code}', '/api/v1/openapi.json']),
    );
    const ids = API_ENDPOINTS.map((e) => e.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    // Documents are served as JSON: nothing in them may be lost in a round trip.
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('resolves every response schema to a component', () => {
    const components = doc.components.schemas;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        expect(op, `${method} ${path}`).toBeDefined();
        const responses = Object.entries(op!.responses);
        expect(responses.length, `${method} ${path} has responses`).toBeGreaterThan(0);
        expect(op!.responses['200'], `${method} ${path} has a 200 response`).toBeDefined();
        for (const [status, response] of responses) {
          const ref = response.content['application/json'].schema.$ref;
          expect(ref, `${method} ${path} ${status}`).toMatch(new RegExp(`^${COMPONENT_PREFIX}`));
          expect(components[ref!.slice(COMPONENT_PREFIX.length)], `${ref} is a component`).toBeDefined();
        }
      }
    }
  });

  it('resolves every $ref anywhere in the document', () => {
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref.startsWith(COMPONENT_PREFIX), ref).toBe(true);
      expect(doc.components.schemas[ref.slice(COMPONENT_PREFIX.length)], ref).toBeDefined();
    }
  });

  it('declares every path template parameter, and only as required', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(item)) {
        const declared = (op!.parameters ?? []).filter((p) => p.in === 'path');
        expect(declared.map((p) => p.name).sort()).toEqual([...names].sort());
        expect(declared.every((p) => p.required)).toBe(true);
      }
    }
  });

  it('documents the catalogue query parameters as optional', () => {
    const params = doc.paths['/api/v1/services'].get!.parameters!;
    expect(params.map((p) => [p.name, p.in, p.required])).toEqual([
      ['q', 'query', false],
      ['department', 'query', false],
      ['audience', 'query', false],
    ]);
  });

  it('publishes the name check as a POST with a JSON request body', () => {
    const op = doc.paths['/api/v1/names/check']?.post;
    expect(op?.operationId).toBe('checkEnterpriseName');
    expect(op?.tags).toEqual(['names']);
    expect(doc.tags.map((t) => t.name)).toContain('names');
    expect(op?.parameters).toBeUndefined();
    const body = op?.requestBody?.content['application/json'].schema;
    expect(op?.requestBody?.required).toBe(true);
    expect(body?.type).toBe('object');
    expect(Object.keys(body?.properties ?? {})).toEqual([
      'region',
      'tradeName',
      'industry',
      'organizationForm',
      'enterpriseType',
    ]);
    expect(body?.required).toEqual(['region', 'tradeName', 'industry', 'organizationForm']);
    expect(op?.responses['200'].content['application/json'].schema.$ref).toBe(`${COMPONENT_PREFIX}NameCheckResult`);
    expect(doc.components.schemas.NameReason).toBeDefined();
  });

  it('describes fields for the reference page', () => {
    const fields = schemaFields(doc.components.schemas.ServiceGuide);
    const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
    expect(byName.name.type).toBe('Bilingual');
    expect(byName.materials.type).toBe('ServiceMaterial[]');
    expect(byName.publishedAt.type).toBe('string (date-time)');
    expect(byName.kind.type).toBe('"licence" | "registration" | "filing" | "combined"');
    expect(byName.code.description).toBeTruthy();
    expect(typeLabel(doc.components.schemas.ServiceMaterial.properties!.description)).toBe('Bilingual | null');
  });
});

describe('API mapping', () => {
  it('maps a guide to the API shape, which parses with serviceGuideSchema', () => {
    const mapped = toApiServiceGuide(guide);
    expect(serviceGuideSchema.parse(mapped)).toEqual(mapped);
    expect(mapped.leadDepartment).toEqual({ code: 'window', name: guide.leadDepartment.name });
    // A stage item says its stage and, per department, the item it decides, the veto and both limits.
    expect(mapped.stage).toBe('construction_permit');
    expect(mapped.departments[0]).toMatchObject({ item: { code: 'XC-XF-001' }, veto: true, legalDays: 15, timeLimitDays: 10 });
    // Internal ids and form keys stay inside.
    const wire = JSON.stringify(mapped);
    expect(wire).not.toContain('6f1c0a52');
    expect(wire).not.toContain('formKey');
  });

  it('maps a list and keeps its count', () => {
    const list = toApiServiceList([guide]);
    expect(serviceListSchema.parse(list).count).toBe(1);
    expect(Object.keys(list.data[0])).not.toContain('materials');
  });

  it('builds error bodies that match the error schema', () => {
    expect(errorSchema.parse(errorBody('notFound', 'No such service'))).toEqual({
      error: { code: 'notFound', message: 'No such service' },
    });
    expect(errorSchema.safeParse(errorBody('invalid', 'Bad', { audience: ['Invalid option'] })).success).toBe(true);
  });
});

describe('query parameters', () => {
  it('drops empty values and keeps the first of repeated ones', () => {
    expect(searchParamsToObject(new URLSearchParams('q=&department=market&department=fire'))).toEqual({ department: 'market' });
    expect(searchParamsToObject({ q: ['企业', 'x'], audience: undefined, department: ' ' })).toEqual({ q: '企业' });
  });

  it('rejects bad values in the API', () => {
    expect(serviceQuerySchema.safeParse({ audience: 'robots' }).success).toBe(false);
    expect(serviceQuerySchema.safeParse({ department: "x'; drop table" }).success).toBe(false);
    expect(serviceQuerySchema.safeParse({ q: 'a'.repeat(101) }).success).toBe(false);
    expect(serviceQuerySchema.parse({ q: '  设立 ', audience: 'project' })).toEqual({ q: '设立', audience: 'project' });
  });

  it('ignores bad values on the catalogue page', () => {
    expect(catalogueSearchSchema.parse({ q: 'a'.repeat(101), department: '../x', audience: 'individual' })).toEqual({});
    expect(catalogueSearchSchema.parse({ department: 'market', audience: 'enterprise' })).toEqual({
      department: 'market',
      audience: 'enterprise',
    });
  });
});

describe('adding an endpoint', () => {
  it('publishes its response schema, and schemas nested in it, as components', () => {
    const check = z.object({ name: z.string() }).meta({ id: 'TestNameCheck' });
    const result = z.object({ check, history: z.array(check) }).meta({ id: 'TestNameCheckResult' });
    const extended = buildOpenApiDocument([
      ...API_ENDPOINTS,
      {
        method: 'post',
        path: '/api/v1/test-names',
        operationId: 'testNames',
        tag: 'meta',
        summary: 'Test',
        responses: [{ status: 200, description: 'OK', schema: result }],
      },
    ]);
    expect(extended.paths['/api/v1/test-names'].post).toBeDefined();
    for (const ref of collectRefs(extended)) {
      expect(extended.components.schemas[ref.slice(COMPONENT_PREFIX.length)], ref).toBeDefined();
    }
    expect(extended.components.schemas.TestNameCheck).toBeDefined();
    expect(Object.keys(extended.components.schemas)).not.toContain('__shared');
  });

  it('refuses a response schema without an id', () => {
    expect(() =>
      buildOpenApiDocument([
        {
          method: 'get',
          path: '/x',
          operationId: 'x',
          tag: 'meta',
          summary: 'x',
          responses: [{ status: 200, description: 'x', schema: z.string() }],
        },
      ]),
    ).toThrow(/meta/);
  });
});

describe('schemaFields', () => {
  it('flattens inline objects into dotted names', () => {
    const names = schemaFields(buildOpenApiDocument().components.schemas.Error).map((f) => f.name);
    expect(names).toEqual(['error', 'error.code', 'error.message', 'error.fields']);
  });
});
