import { formatWireDate } from '@dvc-kit/core';
import type { WireRecord } from '../store/dossier-columns';

/** One step of the simulated lifecycle of a dossier. */
export interface LifecycleEvent {
  /** When it happens (simulated epoch ms). */
  at: number;
  kind: 'process' | 'supplement' | 'resume' | 'finish' | 'return' | 'reject' | 'withdraw';
  /** New due instant (resume). */
  dueAt?: number;
  /** Whether the result is published as a digitized file (finish). */
  digitizedResult?: boolean;
  /** Tên giấy tờ kết quả (finish). */
  resultName?: string;
  /** Nội dung bổ sung: what the desk asks for (supplement). @default a generic request */
  content?: string;
  /** Người yêu cầu bổ sung (supplement). @default 'Công chức Bộ phận Một cửa' */
  requestedBy?: string;
  /**
   * Deadline to supply (supplement), simulated epoch ms. No observed wire field carries it, so
   * the sandbox writes it as its own extension field `HanBoSung` (yyyyMMddHHmmss) in the round.
   */
  deadline?: number;
}

/** Sandbox extension field of a supplement round: the deadline to supply (not observed on the real portal). */
export const SUPPLEMENT_DEADLINE_FIELD = 'HanBoSung';

/** The wire status code each event leads to. */
export const EVENT_STATUS: Record<LifecycleEvent['kind'], string> = {
  process: '4',
  supplement: '5',
  resume: '4',
  finish: '9',
  return: '10',
  reject: '3',
  withdraw: '7',
};

const list = (v: unknown): WireRecord[] => (Array.isArray(v) ? (v as WireRecord[]) : []);

/**
 * Applies one lifecycle event to a wire dossier and returns the changed fields, as a
 * one-stop office's system would report them to the portal.
 */
export function applyEvent(wire: WireRecord, event: LifecycleEvent): WireRecord {
  const at = formatWireDate(new Date(event.at));
  const status = EVENT_STATUS[event.kind];
  switch (event.kind) {
    case 'process':
    case 'withdraw':
      return { TrangThaiHoSo: status };
    case 'reject':
      return {
        TrangThaiHoSo: status,
        NgayTuChoi: at,
        NgayKetThucXuLy: at,
        GhiChu: 'Hồ sơ không đủ điều kiện tiếp nhận',
      };
    case 'supplement': {
      const supplements = list(wire.DanhSachHoSoBoSung);
      return {
        TrangThaiHoSo: status,
        DanhSachHoSoBoSung: [
          ...supplements,
          {
            HoSoBoSungId: `${String(wire.MaHoSo)}-BS${supplements.length + 1}`,
            NguoiYeuCauBoSung: event.requestedBy ?? 'Công chức Bộ phận Một cửa',
            NoiDungBoSung: event.content ?? 'Đề nghị bổ sung bản sao giấy tờ chứng minh thông tin đã khai',
            NgayBoSung: at,
            NguoiTiepNhanBoSung: '',
            ThongTinTiepNhan: '',
            NgayTiepNhanBoSung: '',
            TrangThaiBoSung: '0',
            DanhSachGiayToBoSung: [],
            DanhSachLePhiBoSung: [],
            NgayHenTraTruoc: String(wire.NgayHenTra ?? ''),
            NgayHenTraMoi: '',
            ...(event.deadline === undefined
              ? {}
              : { [SUPPLEMENT_DEADLINE_FIELD]: formatWireDate(new Date(event.deadline)) }),
          },
        ],
      };
    }
    case 'resume': {
      const supplements = list(wire.DanhSachHoSoBoSung);
      const due = event.dueAt === undefined ? String(wire.NgayHenTra ?? '') : formatWireDate(new Date(event.dueAt));
      const last = supplements.at(-1);
      const updated = last
        ? [
            ...supplements.slice(0, -1),
            {
              ...last,
              NguoiTiepNhanBoSung: 'Công chức Bộ phận Một cửa',
              ThongTinTiepNhan: 'Đã nhận đủ giấy tờ bổ sung',
              NgayTiepNhanBoSung: at,
              TrangThaiBoSung: '1',
              NgayHenTraMoi: due,
            },
          ]
        : supplements;
      return { TrangThaiHoSo: status, NgayHenTra: due, DanhSachHoSoBoSung: updated };
    }
    case 'finish': {
      const code = String(wire.MaHoSo);
      return {
        TrangThaiHoSo: status,
        NgayKetThucXuLy: at,
        DanhSachGiayToKetQua: [
          {
            TenGiayTo: event.resultName ?? 'Kết quả giải quyết thủ tục hành chính',
            MaThanhPhanHoSo: '',
            GiayToId: `${code}-KQ1`,
            DuongDanTepTinKetQua: event.digitizedResult
              ? `https://sandbox.dvc-kit.invalid/kho/${encodeURIComponent(code)}/ket-qua.pdf`
              : '',
            MaGiayToKetQua: `KQ.${String(wire.MaTTHC)}`,
          },
        ],
      };
    }
    case 'return':
      return { TrangThaiHoSo: status, NgayTra: at, ThongTinTra: 'Đã trả kết quả cho công dân', HinhThuc: '0' };
  }
}

/** What the one-stop office writes for each simulated event (NoiDungXuLy). */
const STEP_CONTENT: Record<LifecycleEvent['kind'], { department: string; content: string }> = {
  process: { department: 'Bộ phận Một cửa', content: 'Chuyển hồ sơ đến công chức chuyên môn xử lý' },
  supplement: { department: 'Bộ phận Một cửa', content: 'Yêu cầu công dân bổ sung hồ sơ' },
  resume: { department: 'Bộ phận Một cửa', content: 'Đã nhận hồ sơ bổ sung, tiếp tục xử lý' },
  finish: { department: 'Văn phòng HĐND và UBND xã', content: 'Đã xử lý xong, chờ trả kết quả' },
  return: { department: 'Bộ phận Một cửa', content: 'Đã trả kết quả cho công dân' },
  reject: { department: 'Bộ phận Một cửa', content: 'Từ chối tiếp nhận hồ sơ' },
  withdraw: { department: 'Bộ phận Một cửa', content: 'Công dân rút hồ sơ' },
};

/**
 * The progress step (CapNhatTienDoHoSoMC record, wire form) a one-stop system reports for
 * a simulated event, so a dossier advanced by the clock has a timeline like a real one.
 */
export function progressStepFor(wire: WireRecord, event: LifecycleEvent): WireRecord {
  const { department, content } = STEP_CONTENT[event.kind];
  const due = event.dueAt === undefined ? String(wire.NgayHenTra ?? '') : formatWireDate(new Date(event.dueAt));
  return {
    MaHoSo: String(wire.MaHoSo),
    NguoiXuLy: 'Công chức xử lý (mô phỏng)',
    ChucDanh: 'Công chức',
    ThoiDiemXuLy: formatWireDate(new Date(event.at)),
    PhongBanXuLy: department,
    NoiDungXuLy: content,
    TrangThai: EVENT_STATUS[event.kind],
    ...(due ? { NgayKetThucTheoQuyDinh: due } : {}),
  };
}
