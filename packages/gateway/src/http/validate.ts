import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { GatewayError, gatewayError } from '../errors/gateway-error';
import type { FieldProblem } from '../errors/gateway-error';
import { cleanJson } from './clean-text';
import type { GatewayEnv } from './env';
import { httpMessages } from './messages';

/** The book's text of a zod issue code (Vietnamese wording; the English is zod's own message). */
const issueText = (code: string) => {
  const key = `request.issue.${code}`;
  return httpMessages.has(key) ? key : 'request.issue.other';
};

function problems(error: z.core.$ZodError, prefix: string): FieldProblem[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return {
      path,
      code: missing ? 'request.required' : `request.${issue.code.replaceAll('_', '-')}`,
      messages: missing
        ? httpMessages.localize('request.required', { path })
        : httpMessages.localize(issueText(issue.code), { path, detail: issue.message }),
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
    throw gatewayError(httpMessages, 'request.invalid', { status: 400, errors: problems(result.error, prefix) });
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
    throw gatewayError(httpMessages, 'request.not-json', { status: 415 });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch (cause) {
    if (cause instanceof GatewayError) throw cause;
    throw gatewayError(httpMessages, 'request.malformed-json', { status: 400 });
  }
  raw = cleanJson(raw);
  return { data: validate(schema, raw), raw };
}

/** The query string as a plain object (first value of each key). */
export function queryObject(c: Context<GatewayEnv>): Record<string, string> {
  return c.req.query();
}
