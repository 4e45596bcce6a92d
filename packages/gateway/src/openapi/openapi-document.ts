import { PROBLEM_CONTENT_TYPE, PUBLIC_API_PATHS, PUBLIC_API_SCHEMAS } from '@dvc-kit/core';
import * as z from 'zod';

/** A JSON Schema / OpenAPI object (plain JSON). */
export type JsonObject = { [key: string]: unknown };

type SchemaName = keyof typeof PUBLIC_API_SCHEMAS;

/** Components that describe what clients send: generated from the schemas' input side. */
const INPUT_SCHEMAS: readonly SchemaName[] = ['DossierSubmission', 'RatingRequest', 'SupplementAnswerRequest'];
/** Query schemas: they become each operation's `parameters`, not components of their own. */
const QUERY_SCHEMAS: readonly SchemaName[] = ['UnitQuery', 'AgencyQuery', 'ProcedureSearchQuery', 'DossierStatusQuery'];

function components(io: 'input' | 'output'): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(PUBLIC_API_SCHEMAS))
    registry.add(schema as z.core.$ZodType, { id: name });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io,
    unrepresentable: 'any',
  });
  const out: Record<string, JsonObject> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as JsonObject;
    out[name] = rest;
  }
  return out;
}

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: SchemaName, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});
const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('ProblemDetails') } },
});
const pathParam = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', maxLength: 64 },
});

/** Query parameters from a query component's properties. */
function queryParams(schemas: Record<string, JsonObject>, name: SchemaName): JsonObject[] {
  const schema = schemas[name] ?? {};
  const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([param, s]) => ({
    name: param,
    in: 'query',
    required: required.has(param) && s.default === undefined,
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
    schema: s,
  }));
}

const common = {
  '400': problem('Invalid request (problem `request.invalid`, with `errors[]`)'),
  '500': problem('Unexpected error'),
};

/**
 * The OpenAPI 3.1 document of the public API v1, generated from core's
 * `PUBLIC_API_SCHEMAS` with zod 4's JSON Schema output (request bodies and queries from the
 * input side, responses from the output side).
 *
 * @example
 * ```ts
 * const doc = buildOpenApiDocument();
 * doc.paths['/v1/dossiers'].post.responses['201'];
 * ```
 */
export function buildOpenApiDocument(): JsonObject {
  const output = components('output');
  const input = components('input');
  const schemas: Record<string, JsonObject> = { ...output };
  for (const name of INPUT_SCHEMAS) if (input[name]) schemas[name] = input[name] as JsonObject;
  for (const name of QUERY_SCHEMAS) delete schemas[name];
  const p = PUBLIC_API_PATHS;
  const paths: Record<string, JsonObject> = {
    [p.units]: {
      get: {
        operationId: 'listUnits',
        tags: ['catalogue'],
        summary: '2025 provinces, or the communes of one province',
        parameters: queryParams(input, 'UnitQuery'),
        responses: { '200': json('UnitList', 'Units'), ...common },
      },
    },
    [p.agencies]: {
      get: {
        operationId: 'listAgencies',
        tags: ['catalogue'],
        summary: 'Receiving agencies',
        parameters: queryParams(input, 'AgencyQuery'),
        responses: {
          '200': json('AgencyList', 'Agencies'),
          '503': problem('Portal unreachable and no cached catalogue'),
          ...common,
        },
      },
    },
    [p.procedures]: {
      get: {
        operationId: 'searchProcedures',
        tags: ['catalogue'],
        summary: 'Search procedures (diacritic-insensitive, paged)',
        parameters: queryParams(input, 'ProcedureSearchQuery'),
        responses: {
          '200': json('ProcedureSearchResult', 'A page of procedures'),
          '503': problem('Portal unreachable and no cached catalogue'),
          ...common,
        },
      },
    },
    [p.procedure]: {
      get: {
        operationId: 'getProcedure',
        tags: ['catalogue'],
        summary: 'Procedure detail with its form, fees and time limit',
        parameters: [pathParam('procedureCode', 'Mã TTHC, e.g. 1.001193')],
        responses: {
          '200': json('ProcedureDetail', 'The procedure'),
          '404': problem('No such procedure (`procedure.not-found`)'),
          ...common,
        },
      },
    },
    [p.uploads]: {
      post: {
        operationId: 'upload',
        tags: ['dossiers'],
        summary: 'Upload one file (multipart field `file`); the type is sniffed from the content',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
                required: ['file'],
              },
            },
          },
        },
        responses: {
          '201': json('UploadReceipt', 'Stored'),
          '413': problem('File too large'),
          '415': problem('Type not accepted or disguised'),
          ...common,
        },
      },
    },
    [p.dossiers]: {
      post: {
        operationId: 'submitDossier',
        tags: ['dossiers'],
        summary: 'Submit a dossier (stored durably, then synced to the portal)',
        parameters: [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: true,
            description: 'Same key + same body → same receipt; another body → 409',
            schema: { type: 'string', minLength: 8, maxLength: 200 },
          },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: ref('DossierSubmission') } } },
        responses: {
          '201': json('DossierReceipt', 'Received: the appointment receipt'),
          '409': problem('Idempotency-Key reused with another body'),
          '413': problem('Body too large'),
          '415': problem('Not JSON'),
          '422': problem(
            'The dossier does not satisfy the form (`form.invalid`, `errors[]`) or names an unknown procedure/agency',
          ),
          ...common,
        },
      },
    },
    [p.dossier]: {
      get: {
        operationId: 'getDossierStatus',
        tags: ['dossiers'],
        summary: 'Status and timeline, personal data masked',
        parameters: [
          pathParam('code', 'Mã hồ sơ (normalised: case, spaces and keyboard artefacts do not matter)'),
          ...queryParams(input, 'DossierStatusQuery'),
        ],
        responses: {
          ...common,
          '200': json('DossierStatusView', 'The status'),
          '400': problem(
            'Not a dossier code even after normalising (`dossier.code-format`); does not count toward the look-up limit',
          ),
          '404': problem('Unknown code or wrong digits — one answer for both (`dossier.not-found-or-unverified`)'),
          '429': problem('Too many failed look-ups from this client (see Retry-After)'),
        },
      },
    },
    [p.dossierRating]: {
      post: {
        operationId: 'rateDossier',
        tags: ['dossiers'],
        summary: 'Satisfaction rating',
        parameters: [pathParam('code', 'Mã hồ sơ')],
        requestBody: { required: true, content: { 'application/json': { schema: ref('RatingRequest') } } },
        responses: {
          '201': json('RatingReceipt', 'Rated'),
          '404': problem('Unknown code or wrong digits'),
          '409': problem('Already rated differently'),
          '429': problem('Too many failed attempts'),
          ...common,
        },
      },
    },
    [p.dossierSupplement]: {
      post: {
        operationId: 'answerSupplement',
        tags: ['dossiers'],
        summary: 'Answer the open supplement request (uploads + note); pushed to the portal once',
        description:
          "Authorised by the four digits (`verify`) or, on a gateway with citizen sign-in, by the owner's session cookie sent with " +
          "`X-DVC-Request: 1` from an allowed origin (no `verify`). Another account's dossier falls back to the four digits.",
        parameters: [pathParam('code', 'Mã hồ sơ')],
        requestBody: { required: true, content: { 'application/json': { schema: ref('SupplementAnswerRequest') } } },
        responses: {
          ...common,
          '201': json('SupplementAnswerReceipt', 'Answer kept (the same answer again returns the same receipt)'),
          '400': problem('The four digits are missing'),
          '403': problem('A session write from an origin that is not allowed'),
          '404': problem('Unknown code or wrong digits'),
          '409': problem('No open request, another request, or already answered differently'),
          '422': problem('Unknown upload, or neither file nor note'),
          '429': problem('Too many failed attempts'),
          '503': problem('The portal could not be asked; retry'),
        },
      },
    },
    [p.agencyDigitization]: {
      get: {
        operationId: 'getDigitization',
        tags: ['catalogue'],
        summary: 'Digitization metrics, rank among peers, weekly history',
        parameters: [pathParam('agencyCode', 'Mã cơ quan')],
        responses: {
          '200': json('DigitizationMetrics', 'Metrics'),
          '404': problem('Unknown agency'),
          '503': problem('Portal unreachable'),
          ...common,
        },
      },
    },
    [p.healthz]: {
      get: {
        operationId: 'health',
        tags: ['operations'],
        summary: 'Process alive',
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' } } } } },
          },
        },
      },
    },
    [p.readyz]: {
      get: {
        operationId: 'ready',
        tags: ['operations'],
        summary: 'Storage (and portal) usable',
        responses: {
          '200': { description: 'Ready', content: { 'application/json': { schema: { type: 'object' } } } },
          '503': problem('Not ready'),
        },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'DVC Kit gateway — public API v1',
      version: '1.0.0',
      description:
        'The narrow public REST API a commune page uses to reach the National Public Service Portal (Cổng Dịch vụ công Quốc gia). Errors are application/problem+json (RFC 9457) with a stable `code`, `errors[]` in Vietnamese and English, and the `requestId`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    // Paths are relative to where the gateway is served (behind its operator's TLS proxy).
    servers: [{ url: '/', description: 'This gateway' }],
    // Public: no call needs credentials (the portal's are held by the gateway). Limits are per client.
    security: [],
    tags: [
      {
        name: 'catalogue',
        description:
          "Administrative units, agencies, procedures and digitization metrics, from the portal's catalogue (cached by the gateway).",
      },
      { name: 'dossiers', description: 'Uploading files, submitting a dossier, looking up its status, rating it.' },
      {
        name: 'operations',
        description: "Liveness and readiness probes for the operator's load balancer and monitoring.",
      },
    ],
    paths,
    components: { schemas },
  };
}
