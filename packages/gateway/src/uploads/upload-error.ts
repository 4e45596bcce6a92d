import type { LocalizedMessage } from '@dvc-kit/core';
import { GatewayError } from '../errors/gateway-error';

/** Why an upload was refused. */
export type UploadProblem =
  | 'not-multipart'
  | 'malformed'
  | 'file-missing'
  | 'too-many-files'
  | 'empty'
  | 'too-large'
  | 'unsupported-type'
  | 'type-mismatch';

interface ProblemText {
  status: number;
  messages: (p: Record<string, string>) => LocalizedMessage;
}

const PROBLEMS: Record<UploadProblem, ProblemText> = {
  'not-multipart': {
    status: 415,
    messages: () => ({
      vi: 'Tệp phải được gửi dạng multipart/form-data.',
      en: 'Send the file as multipart/form-data.',
    }),
  },
  malformed: {
    status: 400,
    messages: () => ({
      vi: 'Dữ liệu tải lên bị hỏng, không đọc được.',
      en: 'The upload is malformed and could not be read.',
    }),
  },
  'file-missing': {
    status: 400,
    messages: () => ({ vi: 'Chưa có tệp nào trong trường "file".', en: 'No file was sent in the "file" field.' }),
  },
  'too-many-files': {
    status: 400,
    messages: (p) => ({ vi: `Mỗi lần chỉ tải lên ${p.max} tệp.`, en: `Upload at most ${p.max} file per request.` }),
  },
  empty: { status: 400, messages: () => ({ vi: 'Tệp rỗng.', en: 'The file is empty.' }) },
  'too-large': {
    status: 413,
    messages: (p) => ({
      vi: `Tệp vượt quá dung lượng cho phép (${p.max}).`,
      en: `The file is larger than allowed (${p.max}).`,
    }),
  },
  'unsupported-type': {
    status: 415,
    messages: () => ({
      vi: 'Loại tệp này không được chấp nhận. Hãy dùng PDF, ảnh (JPEG, PNG, WebP, HEIC) hoặc Word/Excel.',
      en: 'This file type is not accepted. Use PDF, an image (JPEG, PNG, WebP, HEIC) or Word/Excel.',
    }),
  },
  'type-mismatch': {
    status: 415,
    messages: (p) => ({
      vi: `Nội dung tệp không phải là tệp .${p.extension} như tên tệp cho biết.`,
      en: `The file's content is not the .${p.extension} file its name says it is.`,
    }),
  },
};

/**
 * An upload was refused (`upload.<problem>`); answered as problem+json with the field
 * error on `file`.
 *
 * @example
 * ```ts
 * throw new UploadError('type-mismatch', { extension: 'pdf' });
 * ```
 */
export class UploadError extends GatewayError {
  /** Why the upload was refused. */
  readonly problem: UploadProblem;

  constructor(problem: UploadProblem, params: Record<string, string> = {}) {
    const { status, messages } = PROBLEMS[problem];
    const text = messages(params);
    super(`upload.${problem}`, text, { status, errors: [{ path: 'file', code: `upload.${problem}`, messages: text }] });
    this.name = 'UploadError';
    this.problem = problem;
  }
}
