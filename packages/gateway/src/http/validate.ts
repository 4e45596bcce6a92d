import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { GatewayError } from '../errors/gateway-error';
import type { FieldProblem } from '../errors/gateway-error';
import { cleanJson } from './clean-text';
import type { GatewayEnv } from './env';

const INVALID = { vi: 'Yêu cầu có dữ liệu không hợp lệ.', en: 'The request has invalid values.' };

/** Vietnamese wording of zod's issue codes (the English is zod's own message). */
const VI: Record<string, string> = {
  invalid_type: 'Sai kiểu dữ liệu',
  too_small: 'Giá trị quá ngắn hoặc quá nhỏ',
  too_big: 'Giá trị quá dài hoặc quá lớn',
  invalid_format: 'Sai định dạng',
  invalid_value: 'Giá trị không được chấp nhận',
  invalid_union: 'Giá trị không đúng dạng nào được chấp nhận',
  unrecognized_keys: 'Có trường không được biết',
  custom: 'Giá trị không hợp lệ',
};

function problems(error: z.core.$ZodError, prefix: string): FieldProblem[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return {
      path,
      code: missing ? 'request.required' : `request.${issue.code.replaceAll('_', '-')}`,
      messages: missing
        ? { vi: `Thiếu trường "${path}".`, en: `"${path}" is required.` }
        : { vi: `${VI[issue.code] ?? 'Giá trị không hợp lệ'} ("${path}").`, en: `${issue.message} ("${path}").` },
    };
  });
}

/**
 * Checks `value` against a core schema; throws a 400 problem `request.invalid` with one
 * `errors[]` entry per issue (path prefixed with `prefix`, e.g. `query`).
 */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown, prefix = ''): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new GatewayError('request.invalid', INVALID, { status: 400, errors: problems(result.error, prefix) });
  return result.data as z.infer<S>;
}

/**
 * The JSON body of the request, checked against `schema`. Not JSON (or not
 * `application/json`) → 400 `request.malformed-json` / 415 `request.not-json`; control,
 * bidi-override or lone-surrogate characters in any string → 422 `request.invalid-text`.
 * Strings are normalised to NFC.
 */
export async function readJsonBody<S extends z.ZodMiniType>(
  c: Context<GatewayEnv>,
  schema: S,
): Promise<{ data: z.infer<S>; raw: unknown }> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (!type.startsWith('application/json') && !type.includes('+json')) {
    throw new GatewayError(
      'request.not-json',
      { vi: 'Dữ liệu phải gửi dạng application/json.', en: 'Send the body as application/json.' },
      { status: 415 },
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch (cause) {
    if (cause instanceof GatewayError) throw cause;
    throw new GatewayError(
      'request.malformed-json',
      { vi: 'Dữ liệu gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
      { status: 400 },
    );
  }
  raw = cleanJson(raw);
  return { data: validate(schema, raw), raw };
}

/** The query string as a plain object (first value of each key). */
export function queryObject(c: Context<GatewayEnv>): Record<string, string> {
  return c.req.query();
}
