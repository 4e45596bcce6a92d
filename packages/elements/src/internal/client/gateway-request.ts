import type { PublicClient } from '@dvc-kit/client/public';
import { GatewayClient, type GatewayHost } from './gateway-client';
import { describeRequestError, NO_ENDPOINT, type DescribeOptions, type RequestProblem } from './request-error';

export type { GatewayHost } from './gateway-client';

/** Options of {@link GatewayRequest}: how a failure becomes the widget's message. */
export interface GatewayRequestOptions extends DescribeOptions {
  /**
   * The widget's own reading of an error (a code only it knows, e.g. `digitization.not-available`),
   * tried before the shared classifier; `undefined` leaves the error to {@link describeRequestError}.
   */
  classify?: (error: unknown) => RequestProblem | undefined;
  /**
   * The headers of a signed-in citizen's calls (e.g. `{ [SESSION_WRITE_HEADER]: '1' }`), read at
   * each call: when it returns some, the client sends them with the gateway's httpOnly session
   * cookie (`publicClient`'s `session`). @default no session: no cookie, no extra header
   */
  session?: () => Record<string, string> | undefined;
}

/**
 * A Lit controller for a widget's calls to the gateway — the one way every widget does
 * "find the endpoint → load the client → loading state → map errors to the widget's messages":
 * - the endpoint is the host's (`endpoint` attribute, else the nearest `<dvc-provider>`); without
 *   one the call is not made and {@link GatewayRequest.problem} says so (`request.no-endpoint`);
 * - the client (`@dvc-kit/client/public`) is loaded on first use ({@link GatewayClient}, which
 *   this class extends);
 * - {@link GatewayRequest.loading} is true while a call runs, and the host re-renders when it
 *   and {@link GatewayRequest.problem} change;
 * - a failure becomes a {@link RequestProblem} (the widget's `classify`, else
 *   {@link describeRequestError} with the widget's `notFound`/`fallback` keys), shown, not thrown;
 * - the latest call wins: starting one aborts the one before (its `signal`), whose outcome is dropped;
 * - a signed-in widget's calls carry the session (the `session` option);
 * - a call whose failure the widget handles itself (an upload, a queued submission) takes the
 *   client from {@link GatewayRequest.client} and maps its error with {@link GatewayRequest.describe}.
 *
 * @example
 * ```ts
 * private readonly gateway = new GatewayRequest(this, () => this.language, { notFound: 'rating.not-found' });
 * const receipt = await this.gateway.run((client) => client.rateDossier(code, rating));
 * if (this.gateway.problem) return; // shown by render() with this.problemText(this.gateway.problem)
 * ```
 */
export class GatewayRequest extends GatewayClient {
  /** True while a call runs. */
  loading = false;
  /** What the last call's failure shows the citizen; cleared when the next call starts. */
  problem?: RequestProblem;

  /**
   * The call in flight, if any. Aborting it drops its outcome but leaves `loading` as it was: a
   * widget that stops a call this way shows its own idle state (the search does, when the text gets too short).
   */
  call?: AbortController;

  constructor(
    host: GatewayHost,
    language: () => string,
    private readonly options: GatewayRequestOptions = {},
  ) {
    super(host, language);
  }

  /**
   * Runs `task` with the client and an abort signal. Resolves to its result, or to `undefined`
   * when it failed ({@link GatewayRequest.problem} is then set), had no endpoint, or was
   * superseded by a later call (or its {@link GatewayRequest.call} was aborted).
   */
  async run<T>(task: (client: PublicClient, signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    this.call?.abort();
    const { signal } = (this.call = new AbortController());
    let problem = this.host.resolvedEndpoint ? undefined : NO_ENDPOINT;
    this.update(!problem, problem);
    if (problem) return;
    try {
      const result = await task(await this.client(undefined, this.options.session?.()), signal);
      if (!signal.aborted) return result;
    } catch (error) {
      problem = this.describe(error);
    } finally {
      if (!signal.aborted) this.update(false, problem);
    }
  }

  /** What a failure shows the citizen: the widget's `classify`, else {@link describeRequestError} with its keys. */
  describe(error: unknown): RequestProblem {
    return this.options.classify?.(error) ?? describeRequestError(error, this.options);
  }

  private update(loading: boolean, problem?: RequestProblem): void {
    this.loading = loading;
    this.problem = problem;
    this.host.requestUpdate();
  }
}
