import {
  APPLICANT_KINDS,
  CHANNELS,
  DOSSIER_STATUSES,
  RESULT_DELIVERY,
  foldVietnamese,
  formatWireDate,
  fromVietnamTime,
  parseWireDate,
} from '@dvc-kit/core';

/** How a column's cell becomes a wire value. */
export type ColumnKind = 'text' | 'date' | 'status' | 'channel' | 'applicant-kind' | 'flag' | 'delivery';

/** One importable column: the wire field it fills, how, and other header spellings. */
export interface DossierColumn {
  /** Wire field of core's Dossier (also the canonical header). */
  wire: string;
  kind: ColumnKind;
  /** Other headers accepted (compared diacritic-, case-, space- and punctuation-insensitively). */
  aliases?: readonly string[];
}

/**
 * The column mapping of a provincial CSV export → core's Dossier (wire names). Headers
 * are matched after folding (`Mã hồ sơ`, `MaHoSo`, `MA_HO_SO` are one column). Dates
 * accept `dd/MM/yyyy HH:mm[:ss]`, `dd/MM/yyyy` and `yyyyMMddHHmmss` (Vietnam time);
 * status, channel and applicant kind accept the wire code or the Vietnamese label.
 * `LoaiDoiTuong` defaults to `1` (công dân) when the column is absent or empty;
 * `MaLinhVuc`, `TenLinhVuc` and `TenTTHC` are filled from the portal's procedure
 * catalogue (`LayThuTuc`) when absent. Other columns are ignored with a warning.
 */
export const DOSSIER_COLUMNS: readonly DossierColumn[] = [
  { wire: 'MaHoSo', kind: 'text', aliases: ['Số hồ sơ', 'Mã HS'] },
  { wire: 'MaTTHC', kind: 'text', aliases: ['Mã thủ tục', 'Mã thủ tục hành chính'] },
  { wire: 'TenTTHC', kind: 'text', aliases: ['Tên thủ tục', 'Tên thủ tục hành chính'] },
  { wire: 'MaLinhVuc', kind: 'text' },
  { wire: 'TenLinhVuc', kind: 'text', aliases: ['Lĩnh vực'] },
  { wire: 'KenhThucHien', kind: 'channel', aliases: ['Kênh', 'Hình thức nộp'] },
  { wire: 'ChuHoSo', kind: 'text', aliases: ['Họ tên', 'Họ và tên', 'Người nộp', 'Tên chủ hồ sơ'] },
  { wire: 'SoGiayToChuHoSo', kind: 'text', aliases: ['Số CCCD', 'CCCD', 'Số giấy tờ', 'Số định danh'] },
  { wire: 'LoaiDoiTuong', kind: 'applicant-kind', aliases: ['Đối tượng'] },
  { wire: 'SoDienThoai', kind: 'text', aliases: ['Điện thoại'] },
  { wire: 'Email', kind: 'text', aliases: ['Thư điện tử'] },
  { wire: 'Fax', kind: 'text' },
  { wire: 'TrichYeuHoSo', kind: 'text', aliases: ['Trích yếu'] },
  { wire: 'NgayTiepNhan', kind: 'date', aliases: ['Ngày nhận'] },
  { wire: 'NgayHenTra', kind: 'date', aliases: ['Hạn trả', 'Hạn xử lý'] },
  { wire: 'TrangThaiHoSo', kind: 'status', aliases: ['Trạng thái'] },
  { wire: 'NgayTra', kind: 'date', aliases: ['Ngày trả kết quả'] },
  { wire: 'NgayKetThucXuLy', kind: 'date' },
  { wire: 'NgayTuChoi', kind: 'date' },
  { wire: 'NgayNopHoSo', kind: 'date', aliases: ['Ngày nộp'] },
  { wire: 'NoiNopHoSo', kind: 'text', aliases: ['Nơi nộp'] },
  { wire: 'DonViXuLy', kind: 'text', aliases: ['Đơn vị xử lý'] },
  { wire: 'SoBienNhan', kind: 'text', aliases: ['Số biên nhận'] },
  { wire: 'HinhThuc', kind: 'delivery', aliases: ['Hình thức trả kết quả'] },
  { wire: 'ThongTinTra', kind: 'text' },
  { wire: 'GhiChu', kind: 'text', aliases: ['Ghi chú'] },
  { wire: 'HoSoCoThanhPhanSoHoa', kind: 'flag', aliases: ['Có số hóa'] },
];

/** Columns a CSV must have (the others are optional or filled in). */
export const REQUIRED_COLUMNS: readonly string[] = [
  'MaHoSo',
  'MaTTHC',
  'SoGiayToChuHoSo',
  'NgayTiepNhan',
  'TrangThaiHoSo',
];

/** Header folding: `Mã hồ sơ` / `MaHoSo` / `MA_HO_SO` → `mahoso`. */
export const headerKey = (header: string): string => foldVietnamese(header).replace(/[^a-z0-9]/g, '');

const byHeader = new Map<string, DossierColumn>();
for (const column of DOSSIER_COLUMNS) {
  byHeader.set(headerKey(column.wire), column);
  for (const alias of column.aliases ?? []) byHeader.set(headerKey(alias), column);
}

/** The column a header names, if any. */
export const columnFor = (header: string): DossierColumn | undefined => byHeader.get(headerKey(header));

const VN_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A date cell as a wire date (`yyyyMMddHHmmss`), or `undefined` when it is not one.
 *
 * @example toWireDate('01/07/2025 08:30') // '20250701083000'
 */
export function toWireDate(cell: string): string | undefined {
  if (/^\d{14}$/.test(cell)) return parseWireDate(cell) === undefined ? undefined : cell;
  const m = VN_DATE.exec(cell);
  if (!m) return undefined;
  const [day, month, year, hour = 0, minute = 0, second = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) =>
    x === undefined ? undefined : Number(x),
  );
  const wire = formatWireDate(fromVietnamTime(year as number, month as number, day as number, hour, minute, second));
  // Round-trip check rejects 31/02 and 25:00.
  return parseWireDate(wire) !== undefined &&
    wire === `${String(year).padStart(4, '0')}${pad(month)}${pad(day)}${pad(hour)}${pad(minute)}${pad(second)}`
    ? wire
    : undefined;
}
const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');

const labelTable = (entries: [code: string, ...labels: string[]][]) => {
  const map = new Map<string, string>();
  for (const [code, ...labels] of entries) {
    map.set(code, code);
    for (const label of labels) map.set(foldVietnamese(label), code);
  }
  return map;
};

const ENUMS: Record<Exclude<ColumnKind, 'text' | 'date'>, Map<string, string>> = {
  status: labelTable(DOSSIER_STATUSES.map((s) => [s.code, s.label.vi, s.label.en, s.name])),
  channel: labelTable([
    ...Object.entries(CHANNELS).map(([code, name]): [string, string] => [code, name]),
    ['1', 'Trực tiếp', 'Tại quầy'],
    ['2', 'Trực tuyến', 'Qua mạng'],
    ['3', 'Bưu chính', 'Bưu chính công ích', 'Qua bưu điện'],
  ]),
  'applicant-kind': labelTable([
    ...Object.entries(APPLICANT_KINDS).map(([code, name]): [string, string] => [code, name]),
    ['1', 'Công dân', 'Cá nhân'],
    ['2', 'Doanh nghiệp'],
    ['3', 'Cơ quan nhà nước'],
    ['4', 'Tổ chức', 'Khác'],
  ]),
  flag: labelTable([
    ['1', 'Có', 'x', 'true', 'yes'],
    ['0', 'Không', 'false', 'no'],
  ]),
  delivery: labelTable([
    ...Object.entries(RESULT_DELIVERY).map(([code, name]): [string, string] => [code, name]),
    ['0', 'Tại quầy', 'Trực tiếp'],
    ['1', 'Bưu chính', 'Qua bưu điện'],
  ]),
};

/**
 * A cell as its wire value: dates become `yyyyMMddHHmmss`, enumerations their code
 * (labels folded). `undefined` when the cell cannot be read as that kind.
 */
export function cellToWire(kind: ColumnKind, cell: string): string | undefined {
  if (kind === 'text') return cell;
  if (kind === 'date') return toWireDate(cell);
  const table = ENUMS[kind];
  return table.get(cell) ?? table.get(foldVietnamese(cell));
}
