import type { TimeLimitUnit } from '@dvc-kit/core';

/** The time limit of a procedure (thời hạn giải quyết), counted with core's `dueDate`. */
export interface TimeLimit {
  amount: number;
  unit: TimeLimitUnit;
}

/** A document of the dossier (thành phần hồ sơ — wire: GIAYTO). */
export interface ProcedureDocument {
  /** Mã giấy tờ — wire: MAGIAYTO (simulated: `<procedure>.<n>`) */
  code: string;
  /** Tên giấy tờ — wire: TENGIAYTO */
  name: string;
  originals: number;
  copies: number;
  required: boolean;
}

/** The kind of extra form fields a procedure asks for. */
export type DetailKind =
  | 'birth'
  | 'death'
  | 'marriage'
  | 'parentage'
  | 'residence'
  | 'certify'
  | 'household-business'
  | 'building'
  | 'social'
  | 'generic';

/** A seeded commune-level procedure (thủ tục hành chính cấp xã). */
export interface ProcedureSeed {
  /** Mã TTHC — wire: MATTHC */
  code: string;
  /** True when the code is a sandbox invention in the national `D.DDDDDD` form, not a verified national code. */
  simulatedCode: boolean;
  /** Tên TTHC — wire: TENTTHC */
  name: string;
  nameEn: string;
  /** Mã lĩnh vực — see PROCEDURE_FIELDS */
  field: string;
  timeLimit: TimeLimit;
  /** Phí, lệ phí in VND (0 = miễn phí) — wire: SOTIEN */
  feeVnd: number;
  feeNote: string;
  /** Kênh thực hiện offered: 1 trực tiếp, 2 trực tuyến, 3 bưu chính. */
  channels: ('1' | '2' | '3')[];
  documents: ProcedureDocument[];
  /** Tên kết quả — wire: KETQUATHUCHIEN.TENKETQUA */
  result: string;
  /** Căn cứ pháp lý — wire: CANCUPHAPLY */
  legalBasis: { number: string; name: string }[];
  details: DetailKind;
  /** Relative frequency among dossiers (seed weight). */
  weight: number;
}

type Doc = [name: string, originals: number, copies: number, required?: boolean];

const LUAT_HO_TICH = { number: '60/2014/QH13', name: 'Luật Hộ tịch' };
const ND_123 = {
  number: '123/2015/NĐ-CP',
  name: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
};
const ND_23 = {
  number: '23/2015/NĐ-CP',
  name: 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
};
const LUAT_CU_TRU = { number: '68/2020/QH14', name: 'Luật Cư trú' };
const ND_20 = {
  number: '20/2021/NĐ-CP',
  name: 'Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội',
};
const ND_118 = {
  number: '118/2025/NĐ-CP',
  name: 'Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
};

const GIAY_TO_TUY_THAN: Doc = ['Giấy tờ tùy thân của người yêu cầu (xuất trình khi nộp trực tiếp)', 0, 1, false];

function procedure(
  code: string,
  simulatedCode: boolean,
  name: string,
  nameEn: string,
  field: string,
  limit: [number, TimeLimit['unit']],
  feeVnd: number,
  feeNote: string,
  docs: Doc[],
  result: string,
  legalBasis: { number: string; name: string }[],
  details: DetailKind,
  weight: number,
): ProcedureSeed {
  return {
    code,
    simulatedCode,
    name,
    nameEn,
    field,
    timeLimit: { amount: limit[0], unit: limit[1] },
    feeVnd,
    feeNote,
    channels: ['1', '2', '3'],
    documents: docs.map(([docName, originals, copies, required = true], i) => ({
      code: `${code}.GT${String(i + 1).padStart(2, '0')}`,
      name: docName,
      originals,
      copies,
      required,
    })),
    result,
    legalBasis: [...legalBasis, ND_118],
    details,
    weight,
  };
}

/**
 * The 26 seeded commune-level procedures. Names, documents, fees and time limits follow
 * the published national procedures as closely as public knowledge allows; codes marked
 * `simulatedCode` are sandbox inventions (see the package README).
 */
export const PROCEDURES: readonly ProcedureSeed[] = [
  procedure(
    '1.001193',
    false,
    'Đăng ký khai sinh',
    'Birth registration',
    'HT',
    [1, 'working-days'],
    0,
    'Miễn lệ phí',
    [
      ['Tờ khai đăng ký khai sinh theo mẫu', 1, 0],
      ['Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh', 1, 0],
      GIAY_TO_TUY_THAN,
    ],
    'Giấy khai sinh (bản chính)',
    [LUAT_HO_TICH, ND_123],
    'birth',
    18,
  ),
  procedure(
    '1.000656',
    false,
    'Đăng ký khai tử',
    'Death registration',
    'HT',
    [1, 'working-days'],
    0,
    'Miễn lệ phí',
    [
      ['Tờ khai đăng ký khai tử theo mẫu', 1, 0],
      ['Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', 1, 0],
      GIAY_TO_TUY_THAN,
    ],
    'Trích lục khai tử (bản chính)',
    [LUAT_HO_TICH, ND_123],
    'death',
    6,
  ),
  procedure(
    '1.000894',
    false,
    'Đăng ký kết hôn',
    'Marriage registration',
    'HT',
    [1, 'working-days'],
    0,
    'Miễn lệ phí',
    [
      ['Tờ khai đăng ký kết hôn theo mẫu', 1, 0],
      ['Giấy xác nhận tình trạng hôn nhân (nếu đăng ký tại nơi không thường trú)', 1, 0, false],
      GIAY_TO_TUY_THAN,
    ],
    'Giấy chứng nhận kết hôn',
    [LUAT_HO_TICH, ND_123],
    'marriage',
    8,
  ),
  procedure(
    '1.900101',
    true,
    'Đăng ký nhận cha, mẹ, con',
    'Registration of parentage recognition',
    'HT',
    [3, 'working-days'],
    15_000,
    'Lệ phí theo nghị quyết của HĐND tỉnh',
    [
      ['Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', 1, 0],
      ['Chứng cứ chứng minh quan hệ cha, mẹ, con', 1, 0],
      GIAY_TO_TUY_THAN,
    ],
    'Trích lục đăng ký nhận cha, mẹ, con',
    [LUAT_HO_TICH, ND_123],
    'parentage',
    2,
  ),
  procedure(
    '1.900102',
    true,
    'Đăng ký lại khai sinh',
    'Re-registration of birth',
    'HT',
    [5, 'working-days'],
    0,
    'Miễn lệ phí',
    [
      ['Tờ khai đăng ký lại khai sinh theo mẫu', 1, 0],
      ['Bản sao Giấy khai sinh hoặc giấy tờ có thông tin hộ tịch', 0, 1],
      ['Văn bản cam đoan về việc đã đăng ký khai sinh nhưng không lưu giữ được bản chính', 1, 0],
    ],
    'Giấy khai sinh (bản chính)',
    [LUAT_HO_TICH, ND_123],
    'birth',
    2,
  ),
  procedure(
    '1.900103',
    true,
    'Cấp bản sao trích lục hộ tịch',
    'Copy of a civil-status extract',
    'HT',
    [1, 'working-days'],
    8_000,
    '8.000 đồng/bản sao trích lục',
    [['Tờ khai cấp bản sao trích lục hộ tịch theo mẫu', 1, 0], GIAY_TO_TUY_THAN],
    'Bản sao trích lục hộ tịch',
    [LUAT_HO_TICH, ND_123],
    'generic',
    8,
  ),
  procedure(
    '1.900104',
    true,
    'Cấp Giấy xác nhận tình trạng hôn nhân',
    'Certificate of marital status',
    'HT',
    [3, 'working-days'],
    15_000,
    'Lệ phí theo nghị quyết của HĐND tỉnh',
    [
      ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu', 1, 0],
      ['Giấy tờ chứng minh đã ly hôn hoặc người kia đã chết (nếu có)', 0, 1, false],
      GIAY_TO_TUY_THAN,
    ],
    'Giấy xác nhận tình trạng hôn nhân',
    [LUAT_HO_TICH, ND_123],
    'generic',
    9,
  ),
  procedure(
    '1.900105',
    true,
    'Đăng ký giám hộ',
    'Guardianship registration',
    'HT',
    [3, 'working-days'],
    0,
    'Miễn lệ phí',
    [
      ['Tờ khai đăng ký giám hộ theo mẫu', 1, 0],
      ['Văn bản cử người giám hộ', 1, 0],
    ],
    'Trích lục đăng ký giám hộ',
    [LUAT_HO_TICH, ND_123],
    'generic',
    1,
  ),
  procedure(
    '1.900106',
    true,
    'Thay đổi, cải chính, bổ sung thông tin hộ tịch',
    'Change or correction of civil-status information',
    'HT',
    [3, 'working-days'],
    15_000,
    'Lệ phí theo nghị quyết của HĐND tỉnh',
    [
      ['Tờ khai thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu', 1, 0],
      ['Giấy tờ liên quan làm căn cứ thay đổi, cải chính', 0, 1],
    ],
    'Trích lục thay đổi, cải chính, bổ sung hộ tịch',
    [LUAT_HO_TICH, ND_123],
    'generic',
    3,
  ),
  procedure(
    '1.900107',
    true,
    'Đăng ký khai sinh kết hợp nhận cha, mẹ, con',
    'Birth registration with parentage recognition',
    'HT',
    [3, 'working-days'],
    15_000,
    'Lệ phí nhận cha, mẹ, con',
    [
      ['Tờ khai đăng ký khai sinh và tờ khai nhận cha, mẹ, con', 1, 0],
      ['Giấy chứng sinh', 1, 0],
      ['Chứng cứ chứng minh quan hệ cha, con hoặc mẹ, con', 1, 0],
    ],
    'Giấy khai sinh; Trích lục đăng ký nhận cha, mẹ, con',
    [LUAT_HO_TICH, ND_123],
    'birth',
    1,
  ),
  procedure(
    '2.900201',
    true,
    'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp',
    'Certified copy from an original',
    'CT',
    [1, 'working-days'],
    2_000,
    '2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang, tối đa 200.000 đồng/bản',
    [
      ['Bản chính giấy tờ, văn bản làm cơ sở chứng thực', 1, 0],
      ['Bản sao cần chứng thực', 0, 1],
    ],
    'Bản sao được chứng thực từ bản chính',
    [ND_23],
    'certify',
    22,
  ),
  procedure(
    '2.900202',
    true,
    'Chứng thực chữ ký trong các giấy tờ, văn bản',
    'Signature attestation',
    'CT',
    [1, 'working-days'],
    10_000,
    '10.000 đồng/trường hợp',
    [['Giấy tờ, văn bản mà người yêu cầu chứng thực sẽ ký', 1, 0], GIAY_TO_TUY_THAN],
    'Giấy tờ, văn bản được chứng thực chữ ký',
    [ND_23],
    'certify',
    8,
  ),
  procedure(
    '2.900203',
    true,
    'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
    'Attestation of a contract on movable property',
    'CT',
    [2, 'working-days'],
    50_000,
    '50.000 đồng/hợp đồng, giao dịch',
    [['Dự thảo hợp đồng, giao dịch', 1, 0], ['Bản sao giấy chứng nhận quyền sở hữu tài sản', 0, 1], GIAY_TO_TUY_THAN],
    'Hợp đồng, giao dịch được chứng thực',
    [ND_23],
    'certify',
    3,
  ),
  procedure(
    '2.900204',
    true,
    'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch',
    'Attestation of an amendment to a contract',
    'CT',
    [2, 'working-days'],
    30_000,
    '30.000 đồng/hợp đồng, giao dịch',
    [
      ['Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ', 1, 0],
      ['Hợp đồng, giao dịch đã được chứng thực', 1, 0],
    ],
    'Văn bản sửa đổi, bổ sung, hủy bỏ được chứng thực',
    [ND_23],
    'certify',
    1,
  ),
  procedure(
    '1.900301',
    true,
    'Đăng ký thường trú',
    'Permanent residence registration',
    'CTR',
    [7, 'working-days'],
    20_000,
    '20.000 đồng/lần (nộp trực tuyến 10.000 đồng)',
    [
      ['Tờ khai thay đổi thông tin cư trú (CT01)', 1, 0],
      ['Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 0, 1],
      ['Văn bản đồng ý cho đăng ký thường trú của chủ hộ (nếu có)', 1, 0, false],
    ],
    'Thông báo kết quả đăng ký thường trú',
    [LUAT_CU_TRU],
    'residence',
    7,
  ),
  procedure(
    '1.900302',
    true,
    'Đăng ký tạm trú',
    'Temporary residence registration',
    'CTR',
    [3, 'working-days'],
    15_000,
    '15.000 đồng/lần (nộp trực tuyến 7.000 đồng)',
    [
      ['Tờ khai thay đổi thông tin cư trú (CT01)', 1, 0],
      ['Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 0, 1],
    ],
    'Thông báo kết quả đăng ký tạm trú',
    [LUAT_CU_TRU],
    'residence',
    6,
  ),
  procedure(
    '1.900303',
    true,
    'Khai báo tạm vắng',
    'Declaration of temporary absence',
    'CTR',
    [1, 'working-days'],
    0,
    'Miễn lệ phí',
    [['Đề nghị khai báo tạm vắng', 1, 0]],
    'Phiếu khai báo tạm vắng',
    [LUAT_CU_TRU],
    'generic',
    2,
  ),
  procedure(
    '1.900304',
    true,
    'Xóa đăng ký thường trú',
    'Removal of permanent residence registration',
    'CTR',
    [1, 'working-days'],
    0,
    'Miễn lệ phí',
    [
      ['Tờ khai thay đổi thông tin cư trú (CT01)', 1, 0],
      ['Giấy tờ chứng minh thuộc trường hợp xóa đăng ký thường trú', 0, 1],
    ],
    'Thông báo xóa đăng ký thường trú',
    [LUAT_CU_TRU],
    'generic',
    2,
  ),
  procedure(
    '1.900401',
    true,
    'Trợ cấp xã hội hằng tháng đối với đối tượng bảo trợ xã hội',
    'Monthly social allowance',
    'BTXH',
    [20, 'working-days'],
    0,
    'Không thu phí',
    [
      ['Tờ khai thông tin của đối tượng theo mẫu', 1, 0],
      ['Giấy xác nhận khuyết tật (nếu có)', 0, 1, false],
    ],
    'Quyết định trợ cấp xã hội hằng tháng',
    [ND_20],
    'social',
    3,
  ),
  procedure(
    '1.900402',
    true,
    'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    'Funeral allowance for social protection beneficiaries',
    'BTXH',
    [3, 'working-days'],
    0,
    'Không thu phí',
    [
      ['Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu', 1, 0],
      ['Bản sao giấy chứng tử', 0, 1],
    ],
    'Quyết định hỗ trợ chi phí mai táng',
    [ND_20],
    'social',
    1,
  ),
  procedure(
    '1.900403',
    true,
    'Đăng ký cho người khuyết tật được hưởng chế độ hỗ trợ',
    'Disability support registration',
    'BTXH',
    [15, 'working-days'],
    0,
    'Không thu phí',
    [
      ['Đơn đề nghị xác định mức độ khuyết tật', 1, 0],
      ['Bản sao các giấy tờ liên quan đến khuyết tật', 0, 1, false],
    ],
    'Giấy xác nhận khuyết tật',
    [ND_20],
    'social',
    1,
  ),
  procedure(
    '1.900501',
    true,
    'Giải quyết chế độ mai táng phí đối với người có công với cách mạng',
    'Funeral allowance for people with meritorious services',
    'NCC',
    [10, 'working-days'],
    0,
    'Không thu phí',
    [
      ['Tờ khai đề nghị hưởng mai táng phí', 1, 0],
      ['Bản sao giấy chứng tử', 0, 1],
    ],
    'Quyết định trợ cấp mai táng phí',
    [],
    'social',
    1,
  ),
  procedure(
    '1.900601',
    true,
    'Cấp giấy phép xây dựng nhà ở riêng lẻ',
    'Building permit for a detached house',
    'XD',
    [15, 'working-days'],
    75_000,
    '75.000 đồng/giấy phép',
    [
      ['Đơn đề nghị cấp giấy phép xây dựng theo mẫu', 1, 0],
      ['Bản sao giấy tờ chứng minh quyền sử dụng đất', 0, 1],
      ['Bản vẽ thiết kế xây dựng', 2, 0],
    ],
    'Giấy phép xây dựng',
    [],
    'building',
    3,
  ),
  procedure(
    '2.900701',
    true,
    'Đăng ký thành lập hộ kinh doanh',
    'Household business registration',
    'TLDN',
    [3, 'working-days'],
    100_000,
    '100.000 đồng/lần đăng ký',
    [
      ['Giấy đề nghị đăng ký hộ kinh doanh', 1, 0],
      ['Bản sao biên bản họp thành viên hộ gia đình (nếu có)', 0, 1, false],
    ],
    'Giấy chứng nhận đăng ký hộ kinh doanh',
    [],
    'household-business',
    4,
  ),
  procedure(
    '1.900801',
    true,
    'Hòa giải tranh chấp đất đai',
    'Land dispute mediation',
    'DD',
    [45, 'calendar-days'],
    0,
    'Không thu phí',
    [
      ['Đơn yêu cầu hòa giải tranh chấp đất đai', 1, 0],
      ['Giấy tờ, tài liệu có liên quan', 0, 1, false],
    ],
    'Biên bản hòa giải',
    [],
    'generic',
    1,
  ),
  procedure(
    '1.900901',
    true,
    'Chuyển trường đối với học sinh tiểu học',
    'Primary school transfer',
    'GDDT',
    [3, 'working-days'],
    0,
    'Không thu phí',
    [
      ['Đơn xin chuyển trường của cha, mẹ hoặc người giám hộ', 1, 0],
      ['Học bạ', 1, 0],
    ],
    'Giấy giới thiệu chuyển trường',
    [],
    'generic',
    1,
  ),
];

/** Finds a seeded procedure by its code. */
export function findProcedure(code: string): ProcedureSeed | undefined {
  return PROCEDURES.find((p) => p.code === code);
}
