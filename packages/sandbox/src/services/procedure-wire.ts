import { PROCEDURE_FIELDS } from '../seed/fields';
import { hasTemplate, templatePath } from '../seed/form-templates';
import { buildForm } from '../seed/forms';
import type { ProcedureSeed } from '../seed/procedures';
import { PROVINCE_AGENCY_NAME } from '../seed/agencies';

const UNIT: Record<ProcedureSeed['timeLimit']['unit'], string> = {
  'working-days': 'Ngày làm việc',
  'working-hours': 'Giờ làm việc',
  'calendar-days': 'Ngày',
};
const CHANNEL_NAME: Record<string, string> = { '1': 'Trực tiếp', '2': 'Trực tuyến', '3': 'Dịch vụ bưu chính' };

/**
 * A procedure in the portal's uppercase LayThuTuc shape. Sandbox extensions:
 * `BIEUMAU` (the dossier form, core's FormDefinition) and `DVCKIT_MOPHONG`
 * ("1" when MATTHC is a simulated code).
 */
export function procedureWire(
  p: ProcedureSeed,
  agency: { code: string; name: string },
  baseUrl = '',
): Record<string, unknown> {
  const field = PROCEDURE_FIELDS.find((f) => f.code === p.field);
  return {
    MATTHC: p.code,
    TENTTHC: p.name,
    LOAITTHC: '1',
    CAPTHUCHIEN: [{ CAPTHUCHIEN: '4', TENCAP: 'Cấp Xã' }],
    TRANGTHAI: '1',
    IDQUYETDINHCONGBO: '',
    YEUCAU: 'Không',
    MOTADOITUONGTHUCHIEN: 'Công dân Việt Nam',
    DIACHITIEPNHAN: `Bộ phận Một cửa ${agency.name}`,
    LINHVUCTHUCHIEN: [{ MALINHVUC: p.field, TENLINHVUC: field?.name ?? p.field }],
    TRINHTUTHUCHIEN: [
      {
        TRUONGHOP: '',
        TRINHTU: [
          { TENTRINHTU: 'Bước 1: Người yêu cầu nộp hồ sơ trực tiếp, trực tuyến hoặc qua dịch vụ bưu chính' },
          { TENTRINHTU: 'Bước 2: Bộ phận Một cửa kiểm tra, tiếp nhận hồ sơ và số hóa thành phần hồ sơ' },
          { TENTRINHTU: 'Bước 3: Công chức chuyên môn giải quyết và trình ký' },
          { TENTRINHTU: 'Bước 4: Trả kết quả' },
        ],
      },
    ],
    CACHTHUCTHUCHIEN: p.channels.map((channel) => ({
      KENH: channel,
      THOIGIAN: [
        {
          THOIGIANGIAIQUYET: String(p.timeLimit.amount),
          DONVITINH: UNIT[p.timeLimit.unit],
          MOTA: `${CHANNEL_NAME[channel] ?? channel}: ${p.timeLimit.amount} ${UNIT[p.timeLimit.unit].toLowerCase()}`,
          PHILEPHI: [{ MAPHILEPHI: `LP.${p.code}`, SOTIEN: String(p.feeVnd), DONVI: 'Đồng', MOTA: p.feeNote }],
        },
      ],
    })),
    THANHPHANHOSO: [
      {
        TRUONGHOP: '',
        GIAYTO: p.documents.map((d) => {
          const template = baseUrl && hasTemplate(d) ? `${baseUrl.replace(/\/$/, '')}${templatePath(d)}` : '';
          return {
            MAGIAYTO: d.code,
            TENGIAYTO: d.name,
            SOBANCHINH: String(d.originals),
            SOBANSAO: String(d.copies),
            TENMAUDON: template ? d.name : '',
            URL: template,
          };
        }),
      },
    ],
    KETQUATHUCHIEN: [{ MAKETQUA: `KQ.${p.code}`, TENKETQUA: p.result }],
    CANCUPHAPLY: p.legalBasis.map((l) => ({ SOVANBAN: l.number, TENVANBAN: l.name })),
    COQUANTHUCHIEN: [{ MADONVI: agency.code, TENDONVI: agency.name }],
    COQUANCOTHAMQUYEN: PROVINCE_AGENCY_NAME,
    BIEUMAU: buildForm(p, baseUrl),
    DVCKIT_MOPHONG: p.simulatedCode ? '1' : '0',
  };
}
