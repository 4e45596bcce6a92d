import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PublicClient } from '@dvc-kit/client/public';
import { publicClient } from './lazy-client';

/** The message key of a widget with no gateway address (neither its `endpoint` nor a provider's). */
export const NO_ENDPOINT_KEY = 'request.no-endpoint';

/** The widget a gateway controller serves: it knows its gateway (own `endpoint`, else the provider's). */
export interface GatewayHost extends ReactiveControllerHost {
  readonly resolvedEndpoint?: string;
}

/**
 * The light half of the gateway controller: the host's gateway client, loaded on first use, in
 * the host's language. A widget whose failures never become a message of its own (the unit
 * picker's gateway source, which only retries) uses this alone; every other widget uses
 * {@link import('./gateway-request').GatewayRequest}, which adds loading, error mapping and
 * "latest call wins" on top.
 *
 * @example
 * ```ts
 * private readonly gateway = new GatewayClient(this, () => this.language);
 * const units = await (await this.gateway.client()).units({ province: '66' });
 * ```
 */
export class GatewayClient {
  constructor(
    protected readonly host: GatewayHost,
    protected readonly language: () => string,
  ) {
    // Every hook of a ReactiveController is optional; this one needs none (the client loads on
    // the first call), which TypeScript's weak-type check would otherwise refuse.
    host.addController(this as ReactiveController);
  }

  /**
   * The client for the host's gateway (or `endpoint`), in the host's language, with `session`'s
   * headers and the gateway's session cookie when given: for a call whose failure the widget
   * handles itself (an upload, a queued submission). Rejects when there is no endpoint, with an
   * error whose `code` is {@link NO_ENDPOINT_KEY} (a message key of every widget).
   *
   * @example
   * ```ts
   * readonly uploader: Uploader = async (file, { signal }) => (await this.gateway.client()).upload(file, { signal });
   * ```
   */
  async client(endpoint = this.host.resolvedEndpoint, session?: Record<string, string>): Promise<PublicClient> {
    if (!endpoint) throw Object.assign(new Error('no endpoint'), { code: NO_ENDPOINT_KEY });
    return publicClient(endpoint, this.language(), { session });
  }

  /** Starts loading the client when there is an endpoint (e.g. as the citizen starts a form), so the first call is faster. */
  preload(): void {
    this.client().catch(() => undefined);
  }
}
