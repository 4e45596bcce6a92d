import { birthRegistrationForm } from '../forms/examples/birth-registration';
import type { AgencyEntry } from './agencies';
import type { DigitizationMetrics } from './digitization';
import type { DossierStatusView } from './dossier-status-view';
import type { DossierReceipt, DossierSubmission } from './dossier-submission';
import type { ProblemDetails } from './problem-details';
import type { ProcedureDetail } from './procedure-detail';
import type { ProcedureSearchResult, ProcedureSummary } from './procedures';
import type { RatingReceipt, RatingRequest } from './ratings';
import type { UnitEntry } from './units';
import type { UploadReceipt } from './uploads';

/**
 * Realistic bodies of every public API v1 resource (Xã Ea Bung, Đắk Lắk; birth registration).
 * Not exported from `@dvc-kit/core`: tests import it from `@dvc-kit/core/testing`.
 */
const agencyCode = '000.24.66.H66';

const unit: UnitEntry = { code: '24229', name: 'Xã Ea Bung', level: 'commune', type: 'xa', provinceCode: '66' };

const agency: AgencyEntry = {
  code: agencyCode,
  name: { vi: 'Ủy ban nhân dân xã Ea Bung', en: 'Ea Bung Commune People’s Committee' },
  level: 'commune',
  provinceCode: '66',
  communeCode: '24229',
  address: 'Thôn 3, xã Ea Bung, tỉnh Đắk Lắk',
  openingHours: { vi: 'Thứ Hai – Thứ Sáu, 7:00–11:30 và 13:30–17:00' },
};

const summary: ProcedureSummary = {
  code: '1.001193',
  name: { vi: 'Thủ tục đăng ký khai sinh', en: 'Birth registration' },
  field: { code: 'HOTICH', name: { vi: 'Hộ tịch', en: 'Civil status' } },
  level: 'commune',
  channels: ['in-person', 'online', 'postal'],
  onlineLevel: 'full',
  processingTime: {
    amount: 0,
    unit: 'working-days',
    note: { vi: 'Ngay trong ngày tiếp nhận; sau 15 giờ thì trả trong ngày làm việc tiếp theo.' },
  },
};

const searchResult: ProcedureSearchResult = { items: [summary], page: 1, pageSize: 20, total: 1 };

const detail: ProcedureDetail = {
  ...summary,
  agency: { code: agencyCode, name: agency.name },
  applicants: { vi: 'Công dân Việt Nam', en: 'Vietnamese citizens' },
  steps: [
    { vi: 'Nộp tờ khai và giấy tờ tại Bộ phận Một cửa hoặc trên Cổng Dịch vụ công.' },
    { vi: 'Công chức tư pháp – hộ tịch kiểm tra, ghi vào Sổ đăng ký khai sinh.' },
    { vi: 'Trả Giấy khai sinh bản chính.' },
  ],
  fees: [
    {
      code: 'LPKS',
      name: { vi: 'Lệ phí đăng ký khai sinh đúng hạn', en: 'Timely birth registration fee' },
      amountVnd: 0,
      description: { vi: 'Miễn lệ phí' },
    },
  ],
  requiredDocuments: [
    { code: 'KS-TK', name: { vi: 'Tờ khai đăng ký khai sinh' }, originals: 1, copies: 0 },
    { code: 'KS-GCS', name: { vi: 'Giấy chứng sinh' }, originals: 1, copies: 0 },
  ],
  resultDocuments: [{ code: 'KQ-GKS', name: { vi: 'Giấy khai sinh (bản chính)', en: 'Birth certificate (original)' } }],
  legalBases: [
    { number: '60/2014/QH13', title: { vi: 'Luật Hộ tịch' } },
    {
      number: '123/2015/NĐ-CP',
      title: { vi: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch' },
    },
  ],
  form: birthRegistrationForm,
};

const uploadReceipt: UploadReceipt = {
  id: 'upl_01J1Z7Q4',
  name: 'giay-chung-sinh.pdf',
  size: 284_113,
  type: 'application/pdf',
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
};

const submission: DossierSubmission = {
  procedureCode: '1.001193',
  agencyCode,
  channel: 'online',
  applicant: {
    fullName: 'Hờ Thị Mai',
    citizenId: '066300001234',
    phone: '0912345678',
    address: { provinceCode: '66', communeCode: '24229', street: 'Thôn 3' },
  },
  data: { child: { fullName: 'Hờ Gia Bảo', birthDate: '2025-06-20' } },
  files: [{ slot: 'documents.birthCertificate', uploadId: uploadReceipt.id }],
  consent: true,
  clientSubmittedAt: '2025-07-01T09:11:40+07:00',
};

const receipt: DossierReceipt = {
  code: `${agencyCode}-250701-0007`,
  procedureCode: '1.001193',
  procedureName: summary.name,
  agencyCode,
  receivedAt: '2025-07-01T09:12:00+07:00',
  dueAt: '2025-07-01T17:00:00+07:00',
  status: 'registered',
  statusLabel: { vi: 'Mới đăng ký', en: 'Registered' },
};

const statusView: DossierStatusView = {
  code: receipt.code,
  procedureCode: '1.001193',
  procedureName: summary.name,
  agencyCode,
  agencyName: agency.name,
  status: 'supplement-requested',
  statusGroup: 'paused',
  statusLabel: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Additional documents requested' },
  applicant: { name: 'Hờ T** M**', phone: '******5678', citizenId: '********1234' },
  receivedAt: receipt.receivedAt,
  dueAt: '2025-07-03T17:00:00+07:00',
  workingDaysLeft: -2,
  timeline: [
    { at: receipt.receivedAt, status: 'registered', title: { vi: 'Đã nộp hồ sơ', en: 'Submitted' } },
    { at: '2025-07-01T10:02:00+07:00', status: 'accepted', title: { vi: 'Được tiếp nhận' }, by: 'Bộ phận Một cửa' },
    {
      at: '2025-07-01T14:30:00+07:00',
      status: 'supplement-requested',
      title: { vi: 'Yêu cầu bổ sung' },
      note: 'Giấy chứng sinh bị mờ, đề nghị nộp lại bản rõ nét.',
    },
  ],
  nextAction: {
    kind: 'supplement',
    message: {
      vi: 'Vui lòng nộp lại Giấy chứng sinh bản rõ nét.',
      en: 'Please upload a clear copy of the birth certificate.',
    },
    deadline: '2025-07-08T17:00:00+07:00',
  },
  supplement: {
    id: `${receipt.code}-BS1`,
    content: 'Giấy chứng sinh bị mờ, đề nghị nộp lại bản rõ nét.',
    requestedBy: 'Công chức Bộ phận Một cửa',
    requestedAt: '2025-07-01T14:30:00+07:00',
    deadline: '2025-07-08T17:00:00+07:00',
  },
};

const ratingRequest: RatingRequest = { level: 'very-satisfied', comment: 'Cán bộ hướng dẫn tận tình.', verify: '5678' };
const ratingReceipt: RatingReceipt = {
  dossierCode: receipt.code,
  level: 'very-satisfied',
  ratedAt: '2025-07-02T08:00:00+07:00',
};

const metrics: DigitizationMetrics = {
  agency: { code: agencyCode, name: agency.name },
  period: { from: '2025-07-01', to: '2025-09-30' },
  parts: {
    publicity: { points: 16.5, max: 18 },
    progress: { points: 19, max: 20 },
    onlineService: { points: 8, max: 10 },
    onlinePayment: { points: 6.9, max: 12 },
    satisfaction: { points: 17.2, max: 18 },
    digitization: { points: 17.6, max: 22 },
  },
  total: 85.2,
  reportedMax: 100,
  rank: { position: 3, of: 102, province: '66' },
  history: [
    { weekStart: '2025-09-15', score: 83.9, rank: 5, digitizedShare: 0.71 },
    { weekStart: '2025-09-22', score: 85.2, rank: 3, digitizedShare: 0.76 },
  ],
};

const problem: ProblemDetails = {
  type: 'about:blank',
  title: 'Unprocessable Content',
  status: 422,
  detail: 'The form has 1 problem to fix.',
  code: 'form.invalid',
  requestId: 'req_8c1f2a',
  messages: { vi: 'Biểu mẫu có 1 lỗi cần sửa.', en: 'The form has 1 problem to fix.' },
  errors: [
    {
      path: 'applicant.phone',
      code: 'form.phone.invalid',
      messages: {
        vi: 'Số điện thoại phải là số điện thoại Việt Nam hợp lệ, ví dụ 0912 345 678.',
        en: 'Phone number must be a valid Vietnamese phone number, like 0912 345 678.',
      },
    },
  ],
};

/** One realistic body per public API schema (keys match `PUBLIC_API_SCHEMAS`). */
export const publicApiExamples = {
  UnitEntry: unit,
  UnitList: { items: [unit, { code: '66', name: 'Tỉnh Đắk Lắk', level: 'province', type: 'tinh' }] },
  UnitQuery: { province: '66', q: 'ea bung' },
  AgencyEntry: agency,
  AgencyList: { items: [agency] },
  AgencyQuery: { province: '66' },
  ProcedureSummary: summary,
  ProcedureSearchQuery: { q: 'khai sinh', page: 1, pageSize: 20 },
  ProcedureSearchResult: searchResult,
  ProcedureDetail: detail,
  FormDefinition: birthRegistrationForm,
  UploadReceipt: uploadReceipt,
  DossierSubmission: submission,
  DossierReceipt: receipt,
  DossierStatusQuery: { verify: '5678' },
  DossierStatusView: statusView,
  RatingRequest: ratingRequest,
  RatingReceipt: ratingReceipt,
  SupplementRequest: {
    id: `${receipt.code}-BS1`,
    content: 'Giấy chứng sinh bị mờ.',
    requestedBy: 'Công chức Bộ phận Một cửa',
    requestedAt: '2025-07-01T14:30:00+07:00',
  },
  SupplementAnswerRequest: {
    requestId: `${receipt.code}-BS1`,
    note: 'Gửi lại bản rõ nét.',
    files: [{ uploadId: 'upl-2' }],
    verify: '5678',
  },
  SupplementAnswerReceipt: {
    dossierCode: receipt.code,
    requestId: `${receipt.code}-BS1`,
    answeredAt: '2025-07-02T08:00:00+07:00',
    files: 1,
  },
  DigitizationMetrics: metrics,
  ProblemDetails: problem,
  FieldError: problem.errors![0]!,
} as const;
