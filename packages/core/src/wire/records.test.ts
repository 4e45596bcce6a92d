import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOSSIER_STATUSES } from '../status/dossier-status';
import { procedureCodec } from './procedure';
import { progressStepCodec, type ProgressStep } from './progress-step';
import { satisfactionSummaryCodec, type SatisfactionSummary } from './satisfaction-summary';
import { procedureWire, progressStepWire, satisfactionSummaryWire } from './examples/wire-examples';
import { decodeWire, encodeWire } from './wire-codec';

const instant = fc.integer({ min: -2_208_988_800, max: 4_102_444_800 }).map((s) => new Date(s * 1000));
const status = fc.oneof(
  fc.constantFrom(...DOSSIER_STATUSES.map((s) => s.name)),
  fc
    .string()
    .filter((raw) => !DOSSIER_STATUSES.some((s) => s.code === raw))
    .map((raw) => `unknown:${raw}` as const),
);

/** Models generated directly (not through decode). */
const progressSteps: fc.Arbitrary<ProgressStep> = fc.record(
  {
    dossierCode: fc.string(),
    handler: fc.string({ maxLength: 50 }),
    title: fc.string(),
    handledAt: instant,
    department: fc.string(),
    content: fc.string(),
    status,
    startedAt: fc.option(instant, { nil: null }),
    dueAt: fc.option(instant, { nil: null }),
  },
  { requiredKeys: ['dossierCode', 'handler', 'handledAt', 'status'], noNullPrototype: true },
);

const percent = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
const summaries: fc.Arbitrary<SatisfactionSummary> = fc.record(
  {
    period: fc.record(
      { year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) },
      { noNullPrototype: true },
    ),
    raterCount: fc.nat(),
    verySatisfiedPercent: percent,
    satisfiedPercent: percent,
    dissatisfiedPercent: percent,
    comments: fc.string(),
    question: fc.string(),
    unitCode: fc.string(),
  },
  { noNullPrototype: true },
);

describe('models generated directly', () => {
  it('progress steps survive encode → JSON → decode, unknown statuses included', () => {
    fc.assert(
      fc.property(progressSteps, (step) => {
        expect(
          decodeWire(progressStepCodec, JSON.parse(JSON.stringify(encodeWire(progressStepCodec, step)))),
        ).toStrictEqual(step);
      }),
    );
  });

  it('satisfaction summaries survive encode → JSON → decode', () => {
    fc.assert(
      fc.property(summaries, (summary) => {
        expect(
          decodeWire(
            satisfactionSummaryCodec,
            JSON.parse(JSON.stringify(encodeWire(satisfactionSummaryCodec, summary))),
          ),
        ).toStrictEqual(summary);
      }),
    );
  });
});

describe('fixtures', () => {
  it('decodes a processing step', () => {
    const step = decodeWire(progressStepCodec, progressStepWire);
    expect(step).toMatchObject({ status: 'accepted', handledAt: new Date('2023-10-27T01:30:00Z'), dueAt: null });
    expect(encodeWire(progressStepCodec, step)).toStrictEqual(progressStepWire);
  });

  it('decodes a LayThuTuc procedure with its uppercase parts', () => {
    const procedure = decodeWire(procedureCodec, procedureWire);
    expect(procedure.code).toBe('1.001193');
    expect(procedure.state).toBe('active');
    expect(procedure.methods?.map((m) => m.channel)).toStrictEqual(['direct', 'online']);
    expect(procedure.methods?.[0]?.times?.[0]?.fees?.[0]).toStrictEqual({
      code: 'LP01',
      amount: '0',
      unit: 'Đồng',
      description: 'Miễn lệ phí',
    });
    expect(procedure.steps?.[0]?.steps.map((s) => s.name)).toStrictEqual(['Nộp hồ sơ', 'Nhận kết quả']);
    expect(encodeWire(procedureCodec, procedure)).toStrictEqual(procedureWire);
  });

  it('decodes a monthly satisfaction summary', () => {
    const summary = decodeWire(satisfactionSummaryCodec, satisfactionSummaryWire);
    expect(summary).toMatchObject({
      period: { year: 2025, month: 7 },
      raterCount: 120,
      verySatisfiedPercent: 85,
      satisfiedPercent: 12.5,
    });
    expect(summary).toMatchObject({
      serviceVerySatisfiedPercent: 80,
      serviceSatisfiedPercent: 15,
      serviceDissatisfiedPercent: 5,
    });
    expect(encodeWire(satisfactionSummaryCodec, summary)).toStrictEqual(satisfactionSummaryWire);
  });
});
