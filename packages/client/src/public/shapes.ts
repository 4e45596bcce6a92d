// Generated from @dvc-kit/core's zod schemas by shapes.test.ts — do not edit.
// After changing a public-api schema run `pnpm vitest run src/public/shapes.test.ts -u` in packages/client.
import type { AgencyList, DigitizationMetrics, DossierReceipt, DossierStatusView, DossierSubmission, ProblemDetails, ProcedureDetail, ProcedureSearchResult, RatingReceipt, RatingRequest, SupplementAnswerReceipt, SupplementAnswerRequest, UnitList, UploadReceipt } from '@dvc-kit/core';
import type { Shape, TypedShape } from './shape';

const s1: Shape = {
  vi: 's',
  en: ['?', 's'],
};
const s2: Shape = ['?', s1];
const s3: Shape = {
  code: 's',
  name: s1,
};
const s4: Shape = ['e', 'commune', 'province', 'central'];
const s5: Shape = ['e', 'in-person', 'online', 'postal'];
const s6: Shape = ['a', s5];
const s7: Shape = ['e', 'full', 'partial'];
const s8: Shape = ['?', s7];
const s9: Shape = ['e', 'working-days', 'working-hours', 'calendar-days'];
const s10: Shape = {
  amount: 'n',
  unit: s9,
  note: s2,
};
const s11: Shape = ['|', 's', 'n', 'b'];
const s12: Shape = {
  field: 's',
  equals: s11,
};
const s13: Shape = ['?', s12];
const s14: Shape = {
  id: 's',
  label: s1,
  help: s2,
  required: ['?', 'b'],
  autocomplete: ['?', 's'],
  visibleWhen: s13,
};
const s15: Shape = {
  minLength: ['?', 'i'],
  maxLength: ['?', 'i'],
};
const s16: Shape = {
  min: ['?', 'n'],
  max: ['?', 'n'],
  integer: ['?', 'b'],
  unit: s2,
};
const s17: Shape = ['?', ['|', 's', 'i']];
const s18: Shape = {
  min: ['?', 's'],
  max: ['?', 's'],
  pastOnly: ['?', 'b'],
  example: s17,
};
const s19: Shape = {
  allowLegacy: ['?', 'b'],
};
const s20: Shape = {
  provinceCode: ['?', 's'],
  streetRequired: ['?', 'b'],
};
const s21: Shape = {
  value: 's',
  label: s1,
};
const s22: Shape = ['a', s21];
const s23: Shape = ['e', 'radio', 'select', 'checkboxes'];
const s24: Shape = ['?', s23];
const s25: Shape = {
  multiple: ['?', 'b'],
  options: s22,
  minSelected: ['?', 'i'],
  maxSelected: ['?', 'i'],
  display: s24,
};
const s26: Shape = ['e', 'registered', 'accepted', 'rejected', 'processing', 'supplement-requested', 'financial-obligation', 'withdrawn', 'stopped', 'processed', 'returned'];
const s27: Shape = ['p', 'unknown:'];
const s28: Shape = ['|', s26, s27];
const s29: Shape = {
  vi: 's',
  en: 's',
};
const s30: Shape = ['?', s29];
const s31: Shape = ['e', 'very-satisfied', 'satisfied', 'not-satisfied'];
const s32: Shape = {
  points: ['N', 'n'],
  max: ['e', 18],
};

export const unitListShape: TypedShape<UnitList> = {
  items: ['a', { code: ['|', 's', 's'], name: 's', level: ['e', 'province', 'commune'], type: ['e', 'tinh', 'thanh-pho', 'xa', 'phuong', 'dac-khu'], provinceCode: ['?', 's'] }],
};
export const agencyListShape: TypedShape<AgencyList> = {
  items: ['a', { code: 's', name: s1, level: ['e', 'central', 'province', 'commune'], provinceCode: 's', communeCode: ['?', 's'], address: ['?', 's'], phone: ['?', 's'], email: ['?', 's'], openingHours: s2 }],
};
export const procedureSearchResultShape: TypedShape<ProcedureSearchResult> = {
  items: ['a', { code: 's', name: s1, field: s3, level: s4, channels: s6, onlineLevel: s8, processingTime: s10 }],
  page: 'i',
  pageSize: 'i',
  total: 'i',
};
export const procedureDetailShape: TypedShape<ProcedureDetail> = {
  code: 's',
  name: s1,
  field: s3,
  level: s4,
  channels: s6,
  onlineLevel: s8,
  processingTime: s10,
  agency: s3,
  applicants: s2,
  requirements: s2,
  steps: ['a', s1],
  fees: ['a', { code: 's', name: s1, amountVnd: 'i', description: s2 }],
  requiredDocuments: ['a', { code: 's', name: s1, originals: 'i', copies: 'i', templateUrl: ['?', 's'], case: s2 }],
  resultDocuments: ['a', s3],
  legalBases: ['a', { number: 's', title: s1 }],
  form: { version: ['e', 1], procedureCode: ['?', 's'], title: s1, description: s2, sections: ['a', { id: 's', kind: ['?', ['e', 'applicant', 'details', 'documents']], title: s1, description: s2, fields: ['a', ['d', 'kind', s14, { text: s15, textarea: s15, number: s16, date: s18, 'citizen-id': s19, phone: {}, email: {}, 'tax-code': {}, address: s20, choice: s25, checkbox: {}, group: { fields: ['a', ['d', 'kind', s14, { text: s15, textarea: s15, number: s16, date: s18, 'citizen-id': s19, phone: {}, email: {}, 'tax-code': {}, address: s20, choice: s25, checkbox: {} }]], minItems: ['?', 'i'], maxItems: ['?', 'i'], itemLabel: s2 }, file: { documentCode: ['?', 's'], accept: ['?', ['a', 's']], maxBytes: ['?', 'i'], maxFiles: ['?', 'i'], originals: ['?', 'i'], copies: ['?', 'i'], templateUrl: ['?', 's'] } }]], copy: ['?', ['a', { when: s12, fields: ['r', 's'], notice: s2 }]] }] },
};
export const uploadReceiptShape: TypedShape<UploadReceipt> = {
  id: 's',
  name: 's',
  size: 'i',
  type: 's',
  sha256: 's',
};
export const dossierSubmissionShape: TypedShape<DossierSubmission> = {
  procedureCode: 's',
  agencyCode: 's',
  channel: s5,
  applicant: { fullName: 's', citizenId: 's', phone: 's', email: ['?', 's'], address: { provinceCode: 's', communeCode: 's', street: ['?', 's'] } },
  data: ['r', ['r', 'u']],
  files: ['a', { slot: 's', uploadId: 's' }],
  consent: ['e', true],
  notifications: ['?', { email: 'b' }],
  clientSubmittedAt: ['?', 's'],
};
export const dossierReceiptShape: TypedShape<DossierReceipt> = {
  code: 's',
  procedureCode: 's',
  procedureName: s1,
  agencyCode: 's',
  receivedAt: 's',
  dueAt: 's',
  status: s28,
  statusLabel: s30,
};
export const dossierStatusViewShape: TypedShape<DossierStatusView> = {
  code: 's',
  procedureCode: 's',
  procedureName: s1,
  agencyCode: 's',
  agencyName: s2,
  status: s28,
  statusGroup: ['e', 'in-progress', 'paused', 'finished', 'unknown'],
  statusLabel: s30,
  applicant: { name: 's', phone: ['?', 's'], citizenId: ['?', 's'] },
  receivedAt: 's',
  dueAt: ['N', 's'],
  finishedAt: ['?', ['N', 's']],
  workingDaysLeft: ['N', 'i'],
  timeline: ['a', { at: 's', status: s28, title: s1, note: ['?', 's'], by: ['?', 's'] }],
  nextAction: { kind: ['e', 'none', 'supplement', 'payment', 'collect-result'], message: s1, deadline: ['?', 's'] },
  supplement: ['?', { id: 's', content: 's', requestedBy: ['?', 's'], requestedAt: 's', deadline: ['?', 's'], answer: ['?', { answeredAt: 's', note: ['?', 's'], files: ['a', { name: 's', size: 'i', type: 's' }] }] }],
};
export const ratingRequestShape: TypedShape<RatingRequest> = {
  level: s31,
  comment: ['?', 's'],
  verify: 's',
};
export const ratingReceiptShape: TypedShape<RatingReceipt> = {
  dossierCode: 's',
  level: s31,
  ratedAt: 's',
};
export const supplementAnswerRequestShape: TypedShape<SupplementAnswerRequest> = {
  requestId: 's',
  note: ['?', 's'],
  files: ['a', { uploadId: 's' }],
  verify: ['?', 's'],
};
export const supplementAnswerReceiptShape: TypedShape<SupplementAnswerReceipt> = {
  dossierCode: 's',
  requestId: 's',
  answeredAt: 's',
  files: 'i',
};
export const digitizationMetricsShape: TypedShape<DigitizationMetrics> = {
  agency: s3,
  period: { from: 's', to: 's' },
  parts: { publicity: s32, progress: { points: ['N', 'n'], max: ['e', 20] }, onlineService: { points: ['N', 'n'], max: ['e', 10] }, onlinePayment: { points: ['N', 'n'], max: ['e', 12] }, satisfaction: s32, digitization: { points: ['N', 'n'], max: ['e', 22] } },
  total: 'n',
  reportedMax: 'i',
  rank: { position: 'i', of: 'i', province: 's' },
  history: ['a', { weekStart: 's', score: 'n', rank: 'i', digitizedShare: 'n' }],
  source: ['?', { kind: ['e', 'public-scoreboard', 'report-file', 'portal-report'], retrievedAt: 's', url: ['?', 's'] }],
};
export const problemDetailsShape: TypedShape<ProblemDetails> = {
  type: 's',
  title: 's',
  status: 'i',
  detail: 's',
  instance: ['?', 's'],
  code: 's',
  requestId: 's',
  messages: s30,
  errors: ['?', ['a', { path: 's', code: 's', messages: s29 }]],
};
