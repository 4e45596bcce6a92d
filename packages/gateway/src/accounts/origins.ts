/**
 * The sites a signed-in citizen's browser may come from and return to: the gateway's
 * explicitly allowed origins (a `*` entry never counts: credentials and return addresses
 * need named sites) plus the gateway's own origin.
 */
export interface OriginPolicy {
  /** True when `origin` (scheme://host[:port]) is explicitly allowed. */
  allows(origin: string | undefined): boolean;
  /** The URL when it is an absolute http(s) URL on an allowed origin, else `undefined`. */
  returnAddress(value: string | undefined): URL | undefined;
}

const normalise = (origin: string) => origin.replace(/\/+$/, '').toLowerCase();

/** Builds the {@link OriginPolicy} of a gateway. */
export function originPolicy(allowedOrigins: readonly string[], ownOrigin: () => string): OriginPolicy {
  const named = new Set(allowedOrigins.filter((o) => o !== '*').map(normalise));
  const allows = (origin: string | undefined) =>
    origin !== undefined &&
    origin !== 'null' &&
    (named.has(normalise(origin)) || normalise(origin) === normalise(ownOrigin()));
  return {
    allows,
    returnAddress(value) {
      if (value === undefined || value.length > 2048) return undefined;
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return undefined;
      }
      if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '')
        return undefined;
      return allows(url.origin) ? url : undefined;
    },
  };
}
