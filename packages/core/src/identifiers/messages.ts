import { defineMessages } from '../messages/define-messages';

/**
 * Messages of every {@link IdentifierError} code, in Vietnamese (default) and English.
 * The message catalogue composes its texts; `IdentifierError` reads the book directly.
 */
export const identifierMessages = defineMessages({
  vi: {
    'identifier.not-a-string': 'Giá trị phải là một chuỗi ký tự.',
    'identifier.dossier-code.format':
      'Mã hồ sơ chưa đúng. Vui lòng nhập như trên phiếu hẹn, ví dụ 000.00.06.H56-231027-0361.',
    'identifier.dossier-code.date': 'Ngày trong mã hồ sơ không có thật. Vui lòng xem lại phiếu hẹn.',
    'identifier.dossier-code.sequence': 'Số thứ tự hồ sơ trong ngày phải từ 1 đến 9999.',
    'identifier.procedure-code.format':
      'Mã thủ tục hành chính không đúng định dạng, ví dụ 1.004194 hoặc 1.003560.000.00.00.H56.',
    'identifier.agency-code.format': 'Mã định danh cơ quan không đúng định dạng, ví dụ H56.14 hoặc 000.00.06.H56.',
    'identifier.citizen-id.format': 'Số định danh cá nhân (CCCD) gồm đúng 12 chữ số. Vui lòng xem lại thẻ Căn cước.',
    'identifier.citizen-id.province':
      'Ba số đầu của số CCCD không phải mã tỉnh nơi đăng ký khai sinh. Vui lòng xem lại thẻ Căn cước.',
    'identifier.citizen-id.legacy':
      'Số chứng minh nhân dân 9 số không còn được dùng. Vui lòng nhập số định danh 12 số trên thẻ Căn cước.',
    'identifier.phone.format':
      'Số điện thoại chưa đúng. Vui lòng nhập số di động 10 số (ví dụ 0912 345 678) hoặc số bàn có mã vùng.',
    'identifier.phone.prefix': 'Đầu số điện thoại không thuộc nhà mạng nào. Vui lòng xem lại các số đầu.',
    'identifier.tax-code.format':
      'Mã số thuế gồm 10 chữ số, hoặc 13 chữ số với đơn vị phụ thuộc. Vui lòng nhập lại, ví dụ 0100109106-001.',
    'identifier.tax-code.checksum': 'Mã số thuế không đúng (sai chữ số kiểm tra). Vui lòng kiểm tra lại từng số.',
  },
  en: {
    'identifier.not-a-string': 'The value must be a string.',
    'identifier.dossier-code.format':
      'The dossier code is not right. Enter it as on the receipt, e.g. 000.00.06.H56-231027-0361.',
    'identifier.dossier-code.date': 'The date in the dossier code does not exist. Check the receipt.',
    'identifier.dossier-code.sequence': 'The daily dossier sequence must be between 1 and 9999.',
    'identifier.procedure-code.format':
      'The procedure code is malformed; expected e.g. 1.004194 or 1.003560.000.00.00.H56.',
    'identifier.agency-code.format': 'The agency code is malformed; expected e.g. H56.14 or 000.00.06.H56.',
    'identifier.citizen-id.format': 'A personal identification number (CCCD) has exactly 12 digits. Check the ID card.',
    'identifier.citizen-id.province':
      'The first 3 digits of the CCCD number are not a birth-registration province code. Check the ID card.',
    'identifier.citizen-id.legacy':
      'Old 9-digit identity card (CMND) numbers are not accepted; enter the 12-digit CCCD number.',
    'identifier.phone.format':
      'The phone number is invalid. Enter a 10-digit mobile number (e.g. 0912 345 678) or a landline with its area code.',
    'identifier.phone.prefix': 'The phone number prefix belongs to no network. Check the first digits.',
    'identifier.tax-code.format': 'A tax code has 10 digits, or 13 for a dependent unit (e.g. 0100109106-001).',
    'identifier.tax-code.checksum': 'The tax code is wrong (its check digit does not match). Please check it.',
  },
});

/** Stable code of an {@link IdentifierError}. */
export type IdentifierErrorCode = (typeof identifierMessages.codes)[number];
