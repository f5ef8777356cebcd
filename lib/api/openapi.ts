import { z } from 'zod';
import {
  API_COMPONENTS,
  errorSchema,
  openApiDocumentSchema,
  serviceCodeParamsSchema,
  serviceGuideSchema,
  serviceListSchema,
  serviceQuerySchema,
} from './schemas';
import { queuePageSchema, queueQuerySchema } from './desk-schemas';
import { nameCheckRequestSchema, nameCheckResultSchema } from './names-schemas';
import { licenceCodeParamsSchema, licenceVerificationSchema } from './licences-schemas';
import { keyProjectsPayloadSchema } from './key-projects-schemas';

/*
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the routes use
 * (zod 4's own JSON Schema output; OpenAPI 3.1 schemas are JSON Schema 2020-12). Endpoints
 * are data: a new endpoint is one more entry in API_ENDPOINTS. Pure, so tests can load it.
 */

export type JsonSchema = z.core.JSONSchema.BaseSchema;

export type ApiResponse = {
  status: number;
  description: string;
  /** A schema registered in API_COMPONENTS; published as a $ref to it. */
  schema: z.ZodType;
};

export type ApiEndpoint = {
  method: 'get' | 'post';
  /** OpenAPI path template, e.g. /api/v1/services/{code}. */
  path: string;
  /** Also the key of the endpoint's wording in the `api` message namespace. */
  operationId: string;
  tag: 'catalogue' | 'desk' | 'names' | 'licences' | 'keyProjects' | 'meta';
  /** Needs a signed-in session (the Auth.js session cookie). */
  signedIn?: boolean;
  summary: string;
  description?: string;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  /** The JSON request body (POST); published inline as the operation's `requestBody`. */
  body?: z.ZodObject;
  responses: ApiResponse[];
};

const invalid: ApiResponse = { status: 400, description: 'A parameter is invalid; `fields` says which.', schema: errorSchema };

export const API_ENDPOINTS: ApiEndpoint[] = [
  {
    method: 'get',
    path: '/api/v1/desk/queue',
    operationId: 'listDeskQueue',
    tag: 'desk',
    signedIn: true,
    summary: 'Page through the staff desk queue',
    description:
      'Cases in one state, nearest working date first, paged by cursor, with total, red and yellow counts. Staff only (clerk, reviewer, officer); reviewers see their department.',
    query: queueQuerySchema,
    responses: [
      { status: 200, description: 'One page of the queue.', schema: queuePageSchema },
      invalid,
      { status: 401, description: 'Not signed in.', schema: errorSchema },
      { status: 403, description: 'Signed in without a desk role.', schema: errorSchema },
    ],
  },
  {
    method: 'get',
    path: '/api/v1/services',
    operationId: 'listServices',
    tag: 'catalogue',
    summary: 'Search the service catalogue',
    description: 'Lists the current version of every service item, filtered by words, department and audience.',
    query: serviceQuerySchema,
    responses: [{ status: 200, description: 'The matching service items.', schema: serviceListSchema }, invalid],
  },
  {
    method: 'get',
    path: '/api/v1/services/{code}',
    operationId: 'getServiceGuide',
    tag: 'catalogue',
    summary: 'Get the guide of a service item',
    description: 'The full guide (办事指南) of one item: conditions, materials, time limits, fee, legal basis and steps.',
    pathParams: serviceCodeParamsSchema,
    responses: [
      { status: 200, description: 'The guide of the item.', schema: serviceGuideSchema },
      invalid,
      { status: 404, description: 'No service item has this code.', schema: errorSchema },
    ],
  },
  {
    method: 'post',
    path: '/api/v1/names/check',
    operationId: 'checkEnterpriseName',
    tag: 'names',
    summary: 'Check a proposed enterprise name',
    description:
      'Checks region + trade name + industry + organisational form against the naming rules and the register of the registration authority: refused (with the rule and the blocking name), similar (same trade name with a synonymous industry, homophone, containment) or available, with the nearest existing names by trigram similarity.',
    body: nameCheckRequestSchema,
    responses: [
      { status: 200, description: 'The verdict, its reasons and the nearest names.', schema: nameCheckResultSchema },
      { status: 400, description: 'The body is not JSON or a field is invalid; `fields` says which.', schema: errorSchema },
    ],
  },
  {
    method: 'get',
    path: '/api/v1/licences/{code}',
    operationId: 'verifyLicence',
    tag: 'licences',
    summary: 'Verify a licence by its credit code',
    description:
      'Whether a licence with this unified social credit code was issued here (genuine) and whether it is valid, suspended or revoked, with only what the licence itself shows.',
    pathParams: licenceCodeParamsSchema,
    responses: [
      { status: 200, description: 'The licence is genuine; its status and what it shows.', schema: licenceVerificationSchema },
      {
        status: 400,
        description: 'The code is not a well-formed unified social credit code; `fields` says so.',
        schema: errorSchema,
      },
      { status: 404, description: 'No licence with this code was issued here.', schema: errorSchema },
    ],
  },
  {
    method: 'get',
    path: '/api/v1/key-projects',
    operationId: 'listKeyProjects',
    tag: 'keyProjects',
    signedIn: true,
    summary: 'Get the key projects against plan',
    description:
      "The zone's key projects (provincial and municipal) and urban-upgrading projects: planned investment, this year's plan and the investment completed this year, by group and by project, amounts in yuan. Managers and officers.",
    responses: [
      { status: 200, description: 'The figures as of today.', schema: keyProjectsPayloadSchema },
      { status: 401, description: 'Not signed in.', schema: errorSchema },
      { status: 403, description: 'Signed in, but neither a manager nor an officer.', schema: errorSchema },
    ],
  },
  {
    method: 'get',
    path: '/api/v1/openapi.json',
    operationId: 'getOpenApiDocument',
    tag: 'meta',
    summary: 'Get this API description',
    description: 'This document, in OpenAPI 3.1.',
    responses: [{ status: 200, description: 'The OpenAPI document.', schema: openApiDocumentSchema }],
  },
];

export const API_TAGS = [
  { name: 'catalogue', description: 'Service items and their guides.' },
  { name: 'desk', description: 'Staff work lists; need a signed-in session cookie.' },
  { name: 'names', description: 'Enterprise names: the name check before registration.' },
  { name: 'licences', description: 'Licences issued here: public verification by credit code.' },
  { name: 'keyProjects', description: 'Key projects against their investment plans; need a signed-in session cookie.' },
  { name: 'meta', description: 'About the API itself.' },
] as const;

export type ParameterObject = {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  description?: string;
  schema: JsonSchema;
};

export type OperationObject = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security: Record<string, string[]>[];
  parameters?: ParameterObject[];
  requestBody?: { required: boolean; content: { 'application/json': { schema: JsonSchema } } };
  responses: Record<string, { description: string; content: { 'application/json': { schema: JsonSchema } } }>;
};

export type OpenApiDocument = {
  openapi: '3.1.0';
  jsonSchemaDialect: string;
  info: { title: string; version: string; description: string };
  servers: { url: string; description: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Partial<Record<ApiEndpoint['method'], OperationObject>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes?: Record<string, { type: 'apiKey'; in: 'cookie'; name: string; description: string }>;
  };
};

export const COMPONENT_PREFIX = '#/components/schemas/';
const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

type ComponentMeta = { id: string; description?: string };

function componentId(schema: z.ZodType): string {
  const meta = z.globalRegistry.get(schema) as ComponentMeta | undefined;
  if (!meta?.id) throw new Error('An API response schema must be registered with .meta({ id })');
  return meta.id;
}

/** Drops what zod adds for exactness but only clutters a published contract. */
function tidy(ctx: { jsonSchema: JsonSchema }) {
  const s = ctx.jsonSchema;
  if (s.format === 'date-time') delete s.pattern;
  if (s.maximum === Number.MAX_SAFE_INTEGER) delete s.maximum;
  if (s.minimum === Number.MIN_SAFE_INTEGER) delete s.minimum;
}

function componentSchemas(endpoints: readonly ApiEndpoint[]): Record<string, JsonSchema> {
  const registry = z.registry<ComponentMeta>();
  // The shared components, then whatever else an endpoint responds with.
  for (const schema of [...API_COMPONENTS, ...endpoints.flatMap((e) => e.responses.map((r) => r.schema))]) {
    if (!registry.has(schema)) registry.add(schema, { ...z.globalRegistry.get(schema), id: componentId(schema) });
  }
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `${COMPONENT_PREFIX}${id}`,
    override: tidy,
  });
  // A schema with an id nested in a component but not registered itself lands in zod's
  // `__shared` $defs; it is published as a component of its own like the others.
  const { __shared: shared, ...top } = JSON.parse(
    JSON.stringify(schemas).replaceAll(`${COMPONENT_PREFIX}__shared#/$defs/`, COMPONENT_PREFIX),
  ) as Record<string, JsonSchema>;
  const all: Record<string, JsonSchema> = { ...top, ...(shared?.$defs ?? {}) };
  // Each component is embedded in the document, so it needs neither its own dialect nor $id.
  return Object.fromEntries(Object.entries(all).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]));
}

function parameters(object: z.ZodObject | undefined, location: ParameterObject['in']): ParameterObject[] {
  if (!object) return [];
  return Object.entries(object.shape).map(([name, field]) => {
    const {
      $schema: _s,
      description,
      ...schema
    } = z.toJSONSchema(field as z.ZodType, {
      target: 'draft-2020-12',
      io: 'input',
      override: tidy,
    });
    const required = location === 'path' || !(field as z.ZodType).safeParse(undefined).success;
    return { name, in: location, required, ...(description ? { description } : {}), schema };
  });
}

/** The request body, inline: what a client sends (`io: 'input'`, so defaults and optionals show as such). */
function requestBody(body: z.ZodObject): NonNullable<OperationObject['requestBody']> {
  const { $schema: _s, ...schema } = z.toJSONSchema(body, { target: 'draft-2020-12', io: 'input', override: tidy });
  return { required: true, content: { 'application/json': { schema } } };
}

function operation(endpoint: ApiEndpoint): OperationObject {
  const params = [...parameters(endpoint.pathParams, 'path'), ...parameters(endpoint.query, 'query')];
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    tags: [endpoint.tag],
    // Declared on every operation, public ones too (`[]`), so tools need not guess.
    security: endpoint.signedIn ? [{ session: [] }] : [],
    ...(params.length ? { parameters: params } : {}),
    ...(endpoint.body ? { requestBody: requestBody(endpoint.body) } : {}),
    responses: Object.fromEntries(
      endpoint.responses.map((r) => [
        String(r.status),
        {
          description: r.description,
          content: { 'application/json': { schema: { $ref: `${COMPONENT_PREFIX}${componentId(r.schema)}` } } },
        },
      ]),
    ),
  };
}

export function buildOpenApiDocument(endpoints: readonly ApiEndpoint[] = API_ENDPOINTS): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const endpoint of endpoints) {
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method]: operation(endpoint) };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: DIALECT,
    info: {
      title: 'OneWindow public API',
      version: '1.0.0',
      description:
        'Public, read-only API of the Xuchang ETDZ online service hall. Texts come in Chinese and English as { zh, en } objects. Only the desk queue needs a session (staff); everything else is open.',
    },
    // Relative: the document is built once at build time and served by every deployment, each on its own origin.
    servers: [{ url: '/', description: 'The deployment serving this document.' }],
    tags: API_TAGS.map((t) => ({ ...t })),
    paths,
    components: {
      schemas: componentSchemas(endpoints),
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'authjs.session-token',
          description: 'The session cookie set by signing in (`__Secure-authjs.session-token` over HTTPS).',
        },
      },
    },
  };
}

// --- reading the document (used by the API reference page) ---------------------------------

/** The component a `$ref` points to, or undefined when it points elsewhere. */
export function refName(ref: string | undefined): string | undefined {
  return ref?.startsWith(COMPONENT_PREFIX) ? ref.slice(COMPONENT_PREFIX.length) : undefined;
}

export type SchemaField = { name: string; type: string; required: boolean; description?: string; refs: string[] };

/** A compact, TypeScript-like name for a schema's type: `string`, `Bilingual[]`, `"a" | "b"`, `Bilingual | null`. */
export function typeLabel(schema: JsonSchema | boolean | undefined): string {
  if (schema === undefined || schema === true) return 'any';
  if (schema === false) return 'never';
  const ref = refName(schema.$ref);
  if (ref) return ref;
  if (schema.$ref) return schema.$ref;
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map((v) => typeLabel(v)).join(' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
  if (type === 'array') {
    const item = typeLabel(schema.items as JsonSchema | undefined);
    return item.includes(' ') ? `(${item})[]` : `${item}[]`;
  }
  if (type === 'object' && !schema.properties && schema.additionalProperties && schema.additionalProperties !== true) {
    return `Record<string, ${typeLabel(schema.additionalProperties)}>`;
  }
  if (type === 'string' && schema.format) return `string (${schema.format})`;
  return type ?? 'any';
}

function refsIn(schema: JsonSchema | boolean | undefined, out: string[] = []): string[] {
  if (!schema || schema === true) return out;
  const ref = refName(schema.$ref);
  if (ref && !out.includes(ref)) out.push(ref);
  for (const v of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) refsIn(v, out);
  if (schema.items && !Array.isArray(schema.items)) refsIn(schema.items as JsonSchema, out);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') refsIn(schema.additionalProperties, out);
  return out;
}

/**
 * The properties of an object schema, as rows for a reference table. Inline objects (not
 * components) are flattened into dotted names, `error.code`, so every field gets a row.
 */
export function schemaFields(schema: JsonSchema | undefined, prefix = ''): SchemaField[] {
  if (!schema?.properties) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).flatMap(([key, property]) => {
    const name = `${prefix}${key}`;
    const row: SchemaField = {
      name,
      type: typeLabel(property),
      required: required.has(key),
      description: typeof property === 'object' ? property.description : undefined,
      refs: refsIn(property),
    };
    const nested = typeof property === 'object' && property.properties ? schemaFields(property, `${name}.`) : [];
    return [row, ...nested];
  });
}
