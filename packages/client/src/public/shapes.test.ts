import {
  agencyListSchema,
  digitizationMetricsSchema,
  dossierReceiptSchema,
  dossierStatusViewSchema,
  dossierSubmissionSchema,
  problemDetailsSchema,
  procedureDetailSchema,
  procedureSearchResultSchema,
  ratingReceiptSchema,
  ratingRequestSchema,
  supplementAnswerReceiptSchema,
  supplementAnswerRequestSchema,
  unitListSchema,
  uploadReceiptSchema,
} from '@dvc-kit/core';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { publicApiExamples as examples } from '@dvc-kit/core/testing';
import { checkShape } from './shape';
import { shapeOf, shapesSource } from './shape-of';
import * as shapes from './shapes';

/** Every body the public client checks: the generated constant, its type and core's schema. */
const ENTRIES = [
  { name: 'unitListShape', type: 'UnitList', schema: unitListSchema, example: examples.UnitList },
  { name: 'agencyListShape', type: 'AgencyList', schema: agencyListSchema, example: examples.AgencyList },
  {
    name: 'procedureSearchResultShape',
    type: 'ProcedureSearchResult',
    schema: procedureSearchResultSchema,
    example: examples.ProcedureSearchResult,
  },
  {
    name: 'procedureDetailShape',
    type: 'ProcedureDetail',
    schema: procedureDetailSchema,
    example: examples.ProcedureDetail,
  },
  { name: 'uploadReceiptShape', type: 'UploadReceipt', schema: uploadReceiptSchema, example: examples.UploadReceipt },
  {
    name: 'dossierSubmissionShape',
    type: 'DossierSubmission',
    schema: dossierSubmissionSchema,
    example: examples.DossierSubmission,
  },
  {
    name: 'dossierReceiptShape',
    type: 'DossierReceipt',
    schema: dossierReceiptSchema,
    example: examples.DossierReceipt,
  },
  {
    name: 'dossierStatusViewShape',
    type: 'DossierStatusView',
    schema: dossierStatusViewSchema,
    example: examples.DossierStatusView,
  },
  { name: 'ratingRequestShape', type: 'RatingRequest', schema: ratingRequestSchema, example: examples.RatingRequest },
  { name: 'ratingReceiptShape', type: 'RatingReceipt', schema: ratingReceiptSchema, example: examples.RatingReceipt },
  {
    name: 'supplementAnswerRequestShape',
    type: 'SupplementAnswerRequest',
    schema: supplementAnswerRequestSchema,
    example: examples.SupplementAnswerRequest,
  },
  {
    name: 'supplementAnswerReceiptShape',
    type: 'SupplementAnswerReceipt',
    schema: supplementAnswerReceiptSchema,
    example: examples.SupplementAnswerReceipt,
  },
  {
    name: 'digitizationMetricsShape',
    type: 'DigitizationMetrics',
    schema: digitizationMetricsSchema,
    example: examples.DigitizationMetrics,
  },
  {
    name: 'problemDetailsShape',
    type: 'ProblemDetails',
    schema: problemDetailsSchema,
    example: examples.ProblemDetails,
  },
] as const;

const HEADER = `// Generated from @dvc-kit/core's zod schemas by shapes.test.ts — do not edit.
// After changing a public-api schema run \`pnpm vitest run src/public/shapes.test.ts -u\` in packages/client.`;

const generated = shapes as Record<string, unknown>;
type Json = Record<string, unknown>;

/** Structural breaks a gateway answer could have, each one zod rejects too. */
const BREAKS: [string, (body: Json) => unknown][] = [
  ['not an object', () => 'oops'],
  ['a required key missing', (b) => Object.fromEntries(Object.entries(b).slice(1))],
  [
    'a string where a number belongs',
    (b) => ({ ...b, [Object.keys(b)[0]!]: typeof Object.values(b)[0] === 'string' ? 42 : 'x' }),
  ],
];

describe('shapes generated from core schemas', () => {
  it('shapes.ts is up to date with the schemas', async () => {
    const source = shapesSource(
      ENTRIES.map(({ name, type, schema }) => ({ name, type, shape: shapeOf(schema) })),
      HEADER,
    );
    await expect(source).toMatchFileSnapshot('./shapes.ts');
  });

  it.each(ENTRIES)(
    '$name accepts the example zod accepts, and rejects what zod rejects for its structure',
    ({ name, schema, example }) => {
      const shape = generated[name] as Parameters<typeof checkShape>[0];
      expect(z.safeParse(schema, example).success).toBe(true);
      expect(checkShape(shape, structuredClone(example))).toEqual([]);
      for (const [, breakIt] of BREAKS) {
        const broken = breakIt(structuredClone(example) as Json);
        expect(z.safeParse(schema, broken).success).toBe(false);
        expect(checkShape(shape, broken).length).toBeGreaterThan(0);
      }
    },
  );

  it('checks deep structure: a form field kind, a status and a nested number', () => {
    const detail = structuredClone(examples.ProcedureDetail) as unknown as {
      form: { sections: { fields: { kind: string }[] }[] };
    };
    detail.form.sections[0]!.fields[0]!.kind = 'signature';
    expect(checkShape(shapes.procedureDetailShape, detail)).toEqual([
      {
        path: ['form', 'sections', 0, 'fields', 0, 'kind'],
        code: 'invalid_union',
        message: 'Unknown kind "signature"',
      },
    ]);
    expect(checkShape(shapes.dossierStatusViewShape, { ...examples.DossierStatusView, status: 'unknown:11' })).toEqual(
      [],
    );
    expect(
      checkShape(shapes.dossierStatusViewShape, { ...examples.DossierStatusView, status: 'lost' })[0]?.path,
    ).toEqual(['status']);
    const metrics = structuredClone(examples.DigitizationMetrics);
    (metrics.parts.digitization as { points: unknown }).points = '17';
    expect(checkShape(shapes.digitizationMetricsShape, metrics)[0]?.path).toEqual(['parts', 'digitization', 'points']);
  });
});
