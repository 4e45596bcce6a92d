import { parseWireDate } from '@dvc-kit/core';

/** A dossier as it travels on the wire (portal field names, string values). */
export type WireRecord = Record<string, unknown>;

/** The queryable columns derived from a wire dossier. */
export interface DossierColumns {
  procedureCode: string;
  status: string;
  channel: string;
  receivedAt: number | null;
  dueAt: number | null;
  finishedAt: number | null;
  returnedAt: number | null;
  digitized: 0 | 1;
  resultDigitized: 0 | 1;
  reused: 0 | 1;
  paidOnline: 0 | 1;
  hasFee: 0 | 1;
}

/** {@link DossierColumns} as the store binds them: `procedure_code, status, channel, received_at … has_fee`. */
export type DossierColumnValues = [
  procedureCode: string,
  status: string,
  channel: string,
  receivedAt: number | null,
  dueAt: number | null,
  finishedAt: number | null,
  returnedAt: number | null,
  digitized: 0 | 1,
  resultDigitized: 0 | 1,
  reused: 0 | 1,
  paidOnline: 0 | 1,
  hasFee: 0 | 1,
];

/** The columns in the order the store's INSERT and UPDATE name them (see {@link DossierColumnValues}). */
export function columnValues(c: DossierColumns): DossierColumnValues {
  return [
    c.procedureCode,
    c.status,
    c.channel,
    c.receivedAt,
    c.dueAt,
    c.finishedAt,
    c.returnedAt,
    c.digitized,
    c.resultDigitized,
    c.reused,
    c.paidOnline,
    c.hasFee,
  ];
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): WireRecord[] =>
  Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as WireRecord[]) : [];
const date = (v: unknown): number | null => parseWireDate(text(v))?.getTime() ?? null;
const flag = (b: boolean): 0 | 1 => (b ? 1 : 0);

/**
 * Derives the columns the sandbox indexes (status, dates, digitization flags)
 * from a wire dossier, so seeded and synced dossiers are counted the same way.
 */
export function dossierColumns(wire: WireRecord): DossierColumns {
  const documents = list(wire.TaiLieuNop).filter((d) => text(d.IsDeleted) !== '1' && d.IsDeleted !== true);
  return {
    procedureCode: text(wire.MaTTHC),
    status: text(wire.TrangThaiHoSo),
    channel: text(wire.KenhThucHien) || '1',
    receivedAt: date(wire.NgayTiepNhan),
    dueAt: date(wire.NgayHenTra),
    finishedAt: date(wire.NgayKetThucXuLy),
    returnedAt: date(wire.NgayTra),
    digitized: flag(text(wire.HoSoCoThanhPhanSoHoa) === '1' || documents.some((d) => text(d.DuocSoHoa) === '1')),
    resultDigitized: flag(list(wire.DanhSachGiayToKetQua).some((r) => text(r.DuongDanTepTinKetQua) !== '')),
    reused: flag(documents.some((d) => ['1', '2'].includes(text(d.DuocTaiSuDung)) || text(d.DuocLayTuKhoDMQG) === '1')),
    paidOnline: flag(text(wire.DuocThanhToanTrucTuyen) === '1'),
    hasFee: flag(list(wire.DanhSachLePhi).some((f) => Number(text(f.Gia)) > 0)),
  };
}
