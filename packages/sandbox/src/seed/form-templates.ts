import type { ProcedureDocument, ProcedureSeed } from './procedures';

/** A document filled in on a form the procedure publishes (tờ khai, đơn … theo mẫu). */
export const hasTemplate = (doc: Pick<ProcedureDocument, 'name'>): boolean => /theo mẫu|^Tờ khai/i.test(doc.name);

/** Where the sandbox serves a document's form template (wire: URL of GIAYTO). */
export const templatePath = (doc: Pick<ProcedureDocument, 'code'>): string =>
  `/mau-don/${encodeURIComponent(doc.code)}`;

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A printable stand-in for a procedure's form template: the real portal links the ministry's
 * file; the sandbox serves a page with the form's title and lines to fill in, so links work
 * offline and in tests. `undefined` when the code names no templated document.
 */
export function templatePage(procedures: readonly ProcedureSeed[], code: string): string | undefined {
  const procedure = procedures.find((p) => p.documents.some((d) => d.code === code));
  const doc = procedure?.documents.find((d) => d.code === code);
  if (!procedure || !doc || !hasTemplate(doc)) return undefined;
  const lines = ['Họ, chữ đệm và tên người yêu cầu', 'Số định danh cá nhân', 'Nơi cư trú', 'Nội dung yêu cầu'];
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escape(doc.name)}</title></head><body>
<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</p>
<h1>${escape(doc.name)}</h1><p>Thủ tục: ${escape(procedure.name)} (${escape(procedure.code)})</p>
${lines.map((l) => `<p>${l}: ........................................................</p>`).join('\n')}
<p>(Mẫu mô phỏng của DVC Kit sandbox.)</p></body></html>`;
}
