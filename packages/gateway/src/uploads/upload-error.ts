import { GatewayError } from '../errors/gateway-error';
import { uploadMessages } from './messages';

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

const STATUS: Record<UploadProblem, number> = {
  'not-multipart': 415,
  malformed: 400,
  'file-missing': 400,
  'too-many-files': 400,
  empty: 400,
  'too-large': 413,
  'unsupported-type': 415,
  'type-mismatch': 415,
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
    const code = `upload.${problem}` as const;
    const text = uploadMessages.localize(code, params);
    super(code, text, { status: STATUS[problem], errors: [{ path: 'file', code, messages: text }] });
    this.name = 'UploadError';
    this.problem = problem;
  }
}
