import { RequestValidationError } from '../errors/request-validation-error';
import { createHttpEngine } from '../http/engine';
import type { HttpEngine, HttpEngineOptions } from '../http/engine';
import { portalMessages } from './messages';

/** Where a service outside the integration envelope lives (the Kho, the payment platform). */
export interface OwnEndpointSettings {
  /** Base URL of the service; its paths resolve against it. */
  baseUrl: string;
  /** Headers sent with every request to it — not the integration adapter's `headers`. @default {} */
  headers?: Record<string, string>;
}

/**
 * An HTTP engine for a service with its own base URL: the client's transport options
 * (fetch, retries, timeouts, logger, hooks, signal) with the service's own URL and headers,
 * so the adapter's headers (`dstcode`, …) never leak to it.
 */
export function createOwnEndpoint(
  client: Omit<HttpEngineOptions, 'baseUrl'>,
  settings: OwnEndpointSettings | undefined,
): HttpEngine | undefined {
  if (settings?.baseUrl === undefined) return undefined;
  const { headers: _adapterHeaders, ...transport } = client;
  return createHttpEngine({ ...transport, baseUrl: settings.baseUrl, headers: settings.headers ?? {} });
}

/** The engine, or a `RequestValidationError` naming the missing client option. */
export function endpointOrThrow(engine: HttpEngine | undefined, option: string, service: string): HttpEngine {
  if (engine !== undefined) return engine;
  throw new RequestValidationError(
    [
      {
        path: option,
        code: 'required',
        messages: portalMessages.localize('portal.endpoint-missing', { option }),
      },
    ],
    { service },
  );
}

/** Whether a value is a plain JSON object. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

/** A wire value as text: strings as they are, numbers in decimal, anything else `undefined`. */
export function wireText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
