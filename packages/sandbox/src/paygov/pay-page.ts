import type { PayGovTransaction } from './paygov-routes';
import { CONFIRM_SIGNED_FIELDS, paymentSignature } from './paygov-signature';

const escape = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The CONFIRM the platform sends to the province when the payer finishes (paygov-confirm-callback
 * corpus file): SoTien a JSON number, MaLoi "00" when paid. The platform's LoaiBanTin text is not
 * public; the sandbox sends "CONFIRM" (the corpus placeholder), and the failure MaLoi "99".
 */
export function confirmMessage(tx: PayGovTransaction, reference: string, secret: string): Record<string, unknown> {
  const message: Record<string, unknown> = {
    LoaiBanTin: 'CONFIRM',
    MaLoi: tx.state === 'paid' ? '00' : '99',
    MaDoiTac: tx.init.MaDoiTac,
    MaThamChieu: reference,
    SoTien: Number(tx.init.SoTien),
    MaTienTe: tx.init.MaTienTe ?? 'VND',
    MaGiaoDich: tx.transactionId ?? '',
    MaNganHang: 'VCB',
    ThoiGianGD: tx.confirmTime ?? '',
    ThongTinGiaoDich: tx.init.ThongTinGiaoDich,
  };
  message.MaXacThuc = paymentSignature(message, CONFIRM_SIGNED_FIELDS, secret);
  return message;
}

/** The payer's page at `UrlThanhToan`: the amount and two buttons (pay, fail) — sandbox only. */
export function payPage(reference: string, tx: PayGovTransaction): string {
  const done = tx.state !== 'initiated';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Thanh toán (sandbox)</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem">
<h1>Nền tảng thanh toán — sandbox DVC Kit</h1>
<p>Mã tham chiếu: <code>${escape(reference)}</code></p>
<p>Nội dung: ${escape(tx.init.ThongTinGiaoDich)}</p>
<p>Số tiền: <strong>${escape(Number(tx.init.SoTien).toLocaleString('vi-VN'))} ₫</strong></p>
${
  done
    ? `<p role="status">Trạng thái: <strong>${tx.state === 'paid' ? 'Đã thanh toán' : 'Thanh toán không thành công'}</strong></p>`
    : `<form method="post"><button name="outcome" value="paid">Thanh toán</button> <button name="outcome" value="failed">Hủy / thất bại</button></form>`
}
</body></html>`;
}
