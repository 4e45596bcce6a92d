/** The reply fields both observed receivers send back (paygov-confirm-callback corpus file). */
export interface ConfirmReply {
  /** Mã lỗi — `00` when recorded; the inbound MaLoi for a failed payment (TH echoes it); `99` otherwise (OCPS) */
  MaLoi: string;
  /** Mô tả lỗi */
  MoTaLoi: string;
  /** Mã đối tác, echoed */
  MaDoiTac: unknown;
  /** Mã tham chiếu, echoed */
  MaThamChieu: unknown;
  /** Thời gian giao dịch, echoed */
  ThoiGianGD: unknown;
  /** The inbound MaXacThuc, echoed: no source computes a reply hash */
  MaXacThuc: unknown;
}

/**
 * The reply to a CONFIRM in the observed shape: `{MaLoi, MoTaLoi, MaDoiTac, MaThamChieu,
 * ThoiGianGD, MaXacThuc}`, echoing the inbound values. `99`/"Các lỗi khác" is OCPS's failure reply.
 */
export function confirmReply(body: Record<string, unknown>, code: string, text: string): ConfirmReply {
  return {
    MaLoi: code,
    MoTaLoi: text,
    MaDoiTac: body.MaDoiTac ?? null,
    MaThamChieu: body.MaThamChieu ?? null,
    ThoiGianGD: body.ThoiGianGD ?? null,
    MaXacThuc: body.MaXacThuc ?? null,
  };
}

/** The OCPS failure reply text. */
export const OTHER_ERRORS = 'Các lỗi khác';
