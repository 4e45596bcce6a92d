import { DvcError, FormValidationError, PROBLEM_CONTENT_TYPE, WireFormatError } from '@dvc-kit/core';
import type { Language, Localized, ProblemDetails } from '@dvc-kit/core';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { GatewayError, gatewayError } from '../errors/gateway-error';
import type { FieldProblem } from '../errors/gateway-error';
import { negotiateLanguage } from './env';
import type { GatewayEnv } from './env';
import type { Logger } from './logger';
import { httpMessages } from './messages';

const INTERNAL: Localized = httpMessages.localize('internal');

/**
 * Build the RFC 9457 body (core's `ProblemDetails`) for an error: `title` and `detail`
 * in `language`, both languages in `messages`. Unknown errors become a bare 500.
 */
export function toProblem(error: unknown, requestId: string, language: Language): ProblemDetails {
  let status = 500;
  let code = 'internal';
  let messages = INTERNAL;
  let errors: FieldProblem[] = [];
  if (error instanceof GatewayError) {
    ({ status, code, messages, errors } = error);
  } else if (error instanceof DvcError) {
    // Other DvcErrors reaching the edge are bad input: a form (422), a wire payload or an identifier (400).
    ({ code, messages } = error);
    status = error instanceof FormValidationError ? 422 : 400;
    const list =
      error instanceof FormValidationError ? error.errors : error instanceof WireFormatError ? error.issues : [];
    errors = list.map(({ path, code: c, messages: m }) => ({ path, code: c, messages: m }));
  } else if (error instanceof HTTPException && error.status < 500) {
    status = error.status;
    code = `http.${status}`;
    const bad = httpMessages.localize('http.bad-request');
    messages = { ...bad, en: error.message || bad.en };
  }
  return {
    type: `urn:dvc-kit:problem:${code}`,
    title: messages[language],
    status,
    detail: messages[language],
    code,
    requestId,
    messages,
    ...(errors.length > 0 ? { errors } : {}),
  };
}

/** Send a problem response in the language `Accept-Language` asks for (Vietnamese by default), with a `GatewayError`'s extra `headers`. */
export function problemResponse(c: Context<GatewayEnv>, error: unknown): Response {
  const language = negotiateLanguage(c.req.header('accept-language'));
  const problem = toProblem(error, c.get('requestId') ?? 'unknown', language);
  const extra = error instanceof GatewayError ? error.headers : {};
  const headers: Record<string, string> = {
    ...extra,
    'content-type': PROBLEM_CONTENT_TYPE,
    'content-language': language,
  };
  // A refused oversize body was not read to the end: the connection cannot carry another request.
  if (problem.status === 413) headers.connection = 'close';
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}

/** Where an error was thrown, without its message (messages may quote personal data). */
function errorSite(error: unknown): { name: string; at?: string } {
  if (!(error instanceof Error)) return { name: typeof error };
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trim().startsWith('at '));
  return {
    name: error.name,
    at: frames
      .slice(0, 3)
      .map((f) => f.trim())
      .join(' | '),
  };
}

/** Hono `onError`: every thrown error becomes problem+json; 5xx causes are logged, never sent. */
export function problemErrorHandler(logger: Logger): ErrorHandler<GatewayEnv> {
  return (error, c) => {
    const response = problemResponse(c, error);
    if (response.status >= 500) {
      logger.error('request.failed', {
        requestId: c.get('requestId'),
        code: error instanceof DvcError ? error.code : 'internal',
        ...errorSite(error),
      });
    }
    return response;
  };
}

/** Hono `notFound`: a problem+json 404 (`http.not-found`). */
export const problemNotFound: NotFoundHandler<GatewayEnv> = (c) =>
  problemResponse(c, gatewayError(httpMessages, 'http.not-found', { status: 404 }));
