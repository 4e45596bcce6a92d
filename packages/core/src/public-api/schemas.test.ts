import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { publicApiExamples } from './examples';
import { DIGITIZATION_SCORE_MAX } from './digitization';
import { PUBLIC_API_SCHEMAS } from './schemas';

type Name = keyof typeof PUBLIC_API_SCHEMAS;
const clone = <T>(value: T): T => structuredClone(value) as T;

/** One realistic way to break each body. */
const broken: Record<Name, (example: any) => unknown> = {
  UnitEntry: (u) => ({ ...u, code: '2422' }),
  UnitList: (l) => ({ items: [{ ...l.items[0], level: 'district' }] }),
  UnitQuery: () => ({ province: 'DL' }),
  AgencyEntry: (a) => ({ ...a, name: { en: 'No Vietnamese name' } }),
  AgencyList: () => ({ items: [{}] }),
  AgencyQuery: () => ({ province: 6 }),
  ProcedureSummary: (p) => ({ ...p, channels: ['fax'] }),
  ProcedureSearchQuery: () => ({ pageSize: '500' }),
  ProcedureSearchResult: (r) => ({ ...r, page: 0 }),
  ProcedureDetail: (d) => ({ ...d, fees: [{ ...d.fees[0], amountVnd: 12.5 }] }),
  FormDefinition: (f) => ({ ...f, version: 2 }),
  UploadReceipt: (u) => ({ ...u, sha256: 'not-a-hash' }),
  DossierSubmission: (s) => ({ ...s, consent: false }),
  DossierReceipt: (r) => ({ ...r, receivedAt: '20250701091200' }),
  DossierStatusQuery: () => ({ verify: '56789' }),
  DossierStatusView: (v) => ({ ...v, nextAction: { ...v.nextAction, kind: 'celebrate' } }),
  RatingRequest: (r) => ({ ...r, comment: 'x'.repeat(1001) }),
  RatingReceipt: (r) => ({ ...r, level: 'angry' }),
  SupplementRequest: (r) => ({ ...r, requestedAt: '20250701143000' }),
  SupplementAnswerRequest: (r) => ({ ...r, note: 'x'.repeat(2001) }),
  SupplementAnswerReceipt: (r) => ({ ...r, files: 1.5 }),
  DigitizationMetrics: (m) => ({ ...m, parts: { ...m.parts, digitization: { points: 23, max: 22 } } }),
  ProblemDetails: (p) => ({ ...p, requestId: undefined }),
  FieldError: (e) => ({ ...e, messages: { vi: 'chỉ tiếng Việt' } }),
};

describe('public API v1 schemas', () => {
  const names = Object.keys(PUBLIC_API_SCHEMAS) as Name[];

  it.each(names)('%s accepts a realistic example', (name) => {
    const result = PUBLIC_API_SCHEMAS[name].safeParse(clone(publicApiExamples[name]));
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toEqual(publicApiExamples[name]);
  });

  it.each(names)('%s rejects a broken example', (name) => {
    expect(PUBLIC_API_SCHEMAS[name].safeParse(broken[name](clone(publicApiExamples[name]))).success).toBe(false);
  });

  it.each(names)('%s has a JSON Schema (z.toJSONSchema)', (name) => {
    const schema = z.toJSONSchema(PUBLIC_API_SCHEMAS[name], { io: 'input', reused: 'ref' });
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
  });

  it('digitization maxima add up to 100 and match the schema', () => {
    expect(Object.values(DIGITIZATION_SCORE_MAX).reduce((a, b) => a + b, 0)).toBe(100);
    expect(publicApiExamples.DigitizationMetrics.parts.digitization.max).toBe(DIGITIZATION_SCORE_MAX.digitization);
  });

  it('accepts an unreported part (points null) counted in neither total nor reportedMax; rejects negatives and a wrong reportedMax', () => {
    const example = clone(publicApiExamples.DigitizationMetrics);
    const unreported = {
      ...example,
      parts: { ...example.parts, publicity: { points: null, max: 18 } },
      total: 68.7,
      reportedMax: 82,
    };
    expect(PUBLIC_API_SCHEMAS.DigitizationMetrics.parse(unreported).parts.publicity.points).toBeNull();
    const reject = (m: unknown) => expect(PUBLIC_API_SCHEMAS.DigitizationMetrics.safeParse(m).success).toBe(false);
    reject({ ...unreported, parts: { ...unreported.parts, progress: { points: -1, max: 20 } } });
    reject({ ...unreported, reportedMax: 100 });
    reject({ ...unreported, total: 90, reportedMax: 82 });
    reject({ ...example, parts: { ...example.parts, publicity: { max: 18 } } });
  });

  it('rejects a rank beyond the number of peers, and accepts unknown future statuses', () => {
    const metrics = {
      ...clone(publicApiExamples.DigitizationMetrics),
      rank: { position: 103, of: 102, province: '66' },
    };
    expect(PUBLIC_API_SCHEMAS.DigitizationMetrics.safeParse(metrics).success).toBe(false);
    const receipt = { ...clone(publicApiExamples.DossierReceipt), status: 'unknown:11' };
    expect(PUBLIC_API_SCHEMAS.DossierReceipt.parse(receipt).status).toBe('unknown:11');
    expect(PUBLIC_API_SCHEMAS.DossierReceipt.safeParse({ ...receipt, status: 'lost' }).success).toBe(false);
  });

  it('keeps the applicant section’s extra fields (e.g. birthDate) and still checks the standard ones', () => {
    const submission = clone(publicApiExamples.DossierSubmission);
    const applicant = { ...submission.applicant, birthDate: '1990-05-01', ethnicity: 'Ê Đê' };
    expect(PUBLIC_API_SCHEMAS.DossierSubmission.parse({ ...submission, applicant }).applicant).toEqual(applicant);
    expect(
      PUBLIC_API_SCHEMAS.DossierSubmission.safeParse({ ...submission, applicant: { ...applicant, fullName: 7 } })
        .success,
    ).toBe(false);
  });

  it('coerces query strings and applies paging defaults', () => {
    expect(PUBLIC_API_SCHEMAS.ProcedureSearchQuery.parse({ q: 'khai sinh', page: '2' })).toEqual({
      q: 'khai sinh',
      page: 2,
      pageSize: 20,
    });
  });
});
