import { z } from 'zod';
import { isQueryCanceled } from '@/db/errors';
import { RETRY_AFTER_SECONDS } from '@/lib/errors';
import { CONTROL_CHARACTERS_API_MESSAGE, plainText } from '@/lib/validation/text';
import { isProjectStage, PROJECT_STAGES } from '@/lib/domain/project-stages';
import type { MaterialView, ServiceGuide, ServiceSummary } from '@/lib/data/catalogue';

/*
 * The public API's wire format (/api/v1). Pure: no server-only imports, so the OpenAPI
 * builder and its unit test can load it. Each schema with an `id` becomes an OpenAPI
 * component; the mappers below are the only way data-layer objects reach the wire, and
 * they pick fields one by one so an internal id added to the data layer never leaks.
 */

export const bilingual = z
  .object({
    zh: z.string().meta({ description: 'Simplified Chinese text.' }),
    en: z.string().meta({ description: 'English text.' }),
  })
  .meta({ id: 'Bilingual', description: 'A text given in both Chinese and English.' });

export const SERVICE_KINDS = ['licence', 'registration', 'filing', 'combined'] as const;
export const SERVICE_AUDIENCES = ['enterprise', 'project', 'individual'] as const;

const workingDays = (description: string) => z.number().int().nonnegative().meta({ description });

export const departmentRefSchema = z
  .object({
    code: z.string().meta({ description: 'Stable department code, usable as the `department` filter.' }),
    name: bilingual.meta({ description: 'Department name.' }),
  })
  .meta({ id: 'DepartmentRef', description: 'A department of the zone, identified by its code.' });

const summaryShape = {
  code: z.string().meta({ description: 'Service item code, e.g. XC-SL-002.' }),
  version: z.number().int().positive().meta({ description: 'Version of the item the guide describes.' }),
  name: bilingual.meta({ description: 'Name of the service item.' }),
  summary: bilingual.meta({ description: 'Short description of the service.' }),
  kind: z.enum(SERVICE_KINDS).meta({ description: 'Kind of item: licence, registration, filing or combined approval.' }),
  audience: z
    .enum(SERVICE_AUDIENCES)
    .meta({ description: 'Who applies: an enterprise, an investment project or an individual.' }),
  leadDepartment: departmentRefSchema.meta({ description: 'The department that accepts the application and issues the result.' }),
  statutoryDays: workingDays('Statutory time limit in working days, counted from acceptance.'),
  promisedDays: workingDays('Time limit the zone promises, in working days; never longer than the statutory one.'),
  feeYuan: z.number().int().nonnegative().meta({ description: 'Fee in yuan; 0 means free of charge.' }),
  allowsTolerance: z.boolean().meta({ description: 'Whether missing non-core materials may be tolerated (容缺受理).' }),
  allowsPromise: z.boolean().meta({ description: 'Whether promise-based approval (告知承诺制) is available.' }),
};

export const serviceSummarySchema = z
  .object(summaryShape)
  .meta({ id: 'ServiceSummary', description: 'A service item as listed in the catalogue.' });

export const serviceMaterialSchema = z
  .object({
    code: z.string().meta({ description: 'Material code, unique within the item.' }),
    name: bilingual.meta({ description: 'Name of the material.' }),
    description: bilingual.nullable().meta({ description: 'What the material must contain, when explained.' }),
    required: z.boolean().meta({ description: 'Whether the material must be submitted.' }),
    core: z.boolean().meta({ description: 'Core materials can never be tolerated: without them the case is not accepted.' }),
    eLicenceType: z
      .string()
      .nullable()
      .meta({ description: 'The e-licence type that satisfies this material (免提交), when one does.' }),
    waivedByAssessment: z.string().nullable().meta({
      description:
        'The regional assessment kind (eia, energy, soil_water, seismic …) that waives this material for a project whose parcel lies in a valid assessed area (区域评估), when one does.',
    }),
    templateUrl: z.string().nullable().meta({ description: 'Link to a template or sample, when there is one.' }),
    maxSizeMb: z.number().int().positive().meta({ description: 'Largest accepted file, in megabytes.' }),
    departmentCodes: z.array(z.string()).meta({ description: 'Codes of the departments that need this material.' }),
  })
  .meta({ id: 'ServiceMaterial', description: 'One entry of the materials list.' });

export const serviceDepartmentTaskSchema = z
  .object({
    code: z.string().meta({ description: 'Department code.' }),
    name: bilingual.meta({ description: 'Department name.' }),
    task: bilingual.meta({ description: 'What this department decides within the item.' }),
    item: z
      .object({ code: z.string(), name: bilingual })
      .nullable()
      .meta({ description: 'The department item (with its own guide) this task decides, in a stage item; null otherwise.' }),
    veto: z.boolean().meta({ description: 'A denial by this department ends a combined application at once (一票否决).' }),
    legalDays: workingDays('Statutory time limit of this department, in working days.'),
    timeLimitDays: workingDays('Time limit of this department, in working days.'),
  })
  .meta({ id: 'ServiceDepartmentTask', description: 'A department taking part in the item, with its own task and time limit.' });

export const serviceGuideSchema = z
  .object({
    ...summaryShape,
    conditions: z.array(bilingual).meta({ description: 'Conditions for acceptance (受理条件).' }),
    legalBasis: z.array(bilingual).meta({ description: 'Laws and regulations the item is based on (设定依据).' }),
    promiseClauses: z
      .array(bilingual)
      .meta({ description: 'What the applicant promises under promise-based approval; empty when not available.' }),
    howToApply: z.array(bilingual).meta({ description: 'Steps to apply, in order.' }),
    stage: z
      .enum(PROJECT_STAGES)
      .nullable()
      .meta({ description: 'The construction-project approval stage a combined item files for; null for other items.' }),
    departments: z.array(serviceDepartmentTaskSchema).meta({ description: 'Departments taking part, in review order.' }),
    bundledIn: z
      .array(z.object({ code: z.string(), name: bilingual }))
      .meta({ description: 'The stage items that bundle this department item.' }),
    materials: z.array(serviceMaterialSchema).meta({ description: 'Materials to submit.' }),
    publishedAt: z.iso.datetime().meta({ description: 'When this version was published (ISO 8601, UTC).' }),
  })
  .meta({ id: 'ServiceGuide', description: 'The full guide (办事指南) of a service item, from its current version.' });

export const serviceListSchema = z
  .object({
    data: z.array(serviceSummarySchema).meta({ description: 'Matching items, ordered by code.' }),
    count: z.number().int().nonnegative().meta({ description: 'Number of matching items.' }),
  })
  .meta({ id: 'ServiceList', description: 'The result of a catalogue search.' });

export const ERROR_CODES = ['invalid', 'unauthenticated', 'forbidden', 'notFound', 'unavailable', 'internal'] as const;

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES).meta({ description: 'Machine-readable error code.' }),
      message: z.string().meta({ description: 'Human-readable explanation, in English.' }),
      fields: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .meta({ description: 'For `invalid`: the problems of each query or path parameter.' }),
    }),
  })
  .meta({ id: 'Error', description: 'Every error response has this shape.' });

/** Only the envelope is checked: the document is generated, and its parts are tested elsewhere. */
export const openApiDocumentSchema = z
  .looseObject({
    openapi: z.string().meta({ description: 'OpenAPI version.' }),
    info: z.looseObject({ title: z.string(), version: z.string() }).meta({ description: 'Title and version of the API.' }),
    paths: z.record(z.string(), z.unknown()).meta({ description: 'Endpoints of the API.' }),
    components: z.looseObject({}).optional().meta({ description: 'Reusable schemas.' }),
  })
  .meta({ id: 'OpenApiDocument', description: 'This API described in OpenAPI 3.1.' });

/** Every schema published under components/schemas, in the order the reference lists them. */
export const API_COMPONENTS = [
  serviceListSchema,
  serviceSummarySchema,
  serviceGuideSchema,
  serviceMaterialSchema,
  serviceDepartmentTaskSchema,
  departmentRefSchema,
  bilingual,
  errorSchema,
  openApiDocumentSchema,
] as const;

// --- query and path parameters ------------------------------------------------------------

const queryFields = {
  q: plainText({ control: CONTROL_CHARACTERS_API_MESSAGE }).trim().min(1).max(100).meta({
    description:
      "Words to look for, all of which must occur in the item's code, names, summary, keywords, departments or materials (either language).",
  }),
  department: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,49}$/)
    .meta({ description: 'Department code; matches items the department leads or takes part in.' }),
  audience: z.enum(SERVICE_AUDIENCES).meta({ description: 'Who applies.' }),
};

/** GET /api/v1/services — strict: a bad value is a 400, not silently ignored. */
export const serviceQuerySchema = z.object({
  q: queryFields.q.optional(),
  department: queryFields.department.optional(),
  audience: queryFields.audience.optional(),
});

/** The catalogue page's GET form: same fields, but a bad value is ignored rather than an error. */
export const CATALOGUE_AUDIENCES = ['enterprise', 'project'] as const;
export const catalogueSearchSchema = z.object({
  q: queryFields.q.optional().catch(undefined),
  department: queryFields.department.optional().catch(undefined),
  audience: z.enum(CATALOGUE_AUDIENCES).optional().catch(undefined),
});

export const serviceCodeParamsSchema = z.object({
  code: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/)
    .meta({ description: 'Service item code, e.g. XC-SL-002.' }),
});

/**
 * Query strings as plain objects for zod: the first value of a repeated key, and empty
 * values dropped — a GET form sends `department=` for "all departments".
 */
export function searchParamsToObject(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const entries: [string, string | string[] | undefined][] =
    params instanceof URLSearchParams ? [...params.keys()].map((k) => [k, params.get(k) ?? undefined]) : Object.entries(params);
  for (const [key, raw] of entries) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value === 'string' && value.trim() !== '') out[key] = value;
  }
  return out;
}

// --- mapping from the data layer ----------------------------------------------------------

export type ApiServiceSummary = z.output<typeof serviceSummarySchema>;
export type ApiServiceGuide = z.output<typeof serviceGuideSchema>;
export type ApiServiceList = z.output<typeof serviceListSchema>;
export type ApiError = z.output<typeof errorSchema>;

const text = (b: { zh: string; en: string }) => ({ zh: b.zh, en: b.en });

export function toApiServiceSummary(s: ServiceSummary): ApiServiceSummary {
  return {
    code: s.code,
    version: s.version,
    name: text(s.name),
    summary: text(s.summary),
    kind: s.kind,
    audience: s.audience,
    leadDepartment: { code: s.leadDepartment.code, name: text(s.leadDepartment.name) },
    statutoryDays: s.statutoryDays,
    promisedDays: s.promisedDays,
    feeYuan: s.feeYuan,
    allowsTolerance: s.allowsTolerance,
    allowsPromise: s.allowsPromise,
  };
}

export function toApiServiceList(services: ServiceSummary[]): ApiServiceList {
  return { data: services.map(toApiServiceSummary), count: services.length };
}

function toApiMaterial(m: MaterialView): z.output<typeof serviceMaterialSchema> {
  return {
    code: m.code,
    name: text(m.name),
    description: m.description ? text(m.description) : null,
    required: m.required,
    core: m.core,
    eLicenceType: m.eLicenceType,
    waivedByAssessment: m.waivedByAssessment,
    templateUrl: m.templateUrl,
    maxSizeMb: m.maxSizeMb,
    departmentCodes: [...m.departmentCodes],
  };
}

export function toApiServiceGuide(g: ServiceGuide): ApiServiceGuide {
  return {
    ...toApiServiceSummary(g),
    conditions: g.conditions.map(text),
    legalBasis: g.legalBasis.map(text),
    promiseClauses: g.promiseClauses.map(text),
    howToApply: g.howToApply.map(text),
    stage: isProjectStage(g.stage) ? g.stage : null,
    departments: g.departments.map((d) => ({
      code: d.code,
      name: text(d.name),
      task: text(d.task),
      item: d.item ? { code: d.item.code, name: text(d.item.name) } : null,
      veto: d.veto,
      legalDays: d.legalDays,
      timeLimitDays: d.timeLimitDays,
    })),
    bundledIn: g.bundledIn.map((b) => ({ code: b.code, name: text(b.name) })),
    materials: g.materials.map(toApiMaterial),
    publishedAt: g.publishedAt,
  };
}

/**
 * A public API's answer to a failure it did not expect, logged and never detailed: 503 with
 * Retry-After when the database gave up on a query (its statement timeout: the portal is busy,
 * ask again), else 500 with `message`.
 */
export function unexpectedApiError(error: unknown, where: string, message: string, headers?: Record<string, string>): Response {
  if (isQueryCanceled(error)) {
    console.warn(`${where}: statement timeout`, error);
    return Response.json(errorBody('unavailable', `The portal is busy; try again in ${RETRY_AFTER_SECONDS} seconds.`), {
      status: 503,
      headers: { ...headers, 'Retry-After': String(RETRY_AFTER_SECONDS) },
    });
  }
  console.error(`${where} failed`, error);
  return Response.json(errorBody('internal', message), { status: 500, headers });
}

export function errorBody(code: ApiError['error']['code'], message: string, fields?: Record<string, string[]>): ApiError {
  return { error: fields ? { code, message, fields } : { code, message } };
}

/**
 * A refused request's field errors: each field's messages, and what is wrong with the input as
 * a whole (a JSON array where an object belongs, say) under `body`, so that no 400 is silent.
 */
export function requestFieldErrors(error: z.ZodError): Record<string, string[]> {
  const { formErrors, fieldErrors } = z.flattenError(error);
  return { ...(fieldErrors as Record<string, string[]>), ...(formErrors.length ? { body: formErrors } : {}) };
}
