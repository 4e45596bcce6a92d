import type { PortalClientError } from '../errors/portal-client-error';
import { redactText, redactUrl } from './redact';
import type { HttpLogEvent, HttpLogger, HttpMethod } from './types';

/** The events one call reports; every method is a no-op without a logger. */
export interface CallLog {
  /** Before attempt `attempt` is sent. */
  request(attempt: number): void;
  /** When attempt `attempt`'s answer arrived, `startedAt` being when it was sent. */
  response(attempt: number, status: number, requestId: string, startedAt: number): void;
  /** Before waiting `delayMs` for the next attempt. */
  retry(attempt: number, delayMs: number, error: PortalClientError): void;
  /** When the call fails for good. */
  error(attempt: number, requestId: string, error: PortalClientError): void;
}

const SILENT: CallLog = { request() {}, response() {}, retry() {}, error() {} };

/**
 * Logging as a layer beside the request, not inside it: the events of one call, redacted (URL
 * and messages; bodies are never logged). A logger that throws never breaks a request.
 */
export function callLog(
  logger: HttpLogger | undefined,
  call: { requestId: string; method: HttpMethod; url: string; service?: string | undefined },
): CallLog {
  if (!logger) return SILENT;
  const started = Date.now();
  // Built once per call, and only when there is a logger.
  const base = {
    requestId: call.requestId,
    method: call.method,
    url: redactUrl(call.url),
    ...(call.service ? { service: call.service } : {}),
  };
  const log = (event: HttpLogEvent) => {
    try {
      logger(event);
    } catch {
      // A broken logger must never break a request.
    }
  };
  return {
    request: (attempt) => log({ ...base, type: 'request', attempt }),
    response: (attempt, status, requestId, startedAt) =>
      log({ ...base, requestId, type: 'response', attempt, status, durationMs: Date.now() - startedAt }),
    retry: (attempt, delayMs, error) =>
      log({ ...base, type: 'retry', attempt, delayMs, errorCode: error.code, message: redactText(error.message) }),
    error: (attempt, requestId, error) =>
      log({
        ...base,
        requestId,
        type: 'error',
        attempt,
        durationMs: Date.now() - started,
        errorCode: error.code,
        message: redactText(error.message),
      }),
  };
}
