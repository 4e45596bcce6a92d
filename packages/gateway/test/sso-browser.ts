/**
 * A browser without a screen, for sign-in tests over real HTTP: a cookie jar per origin
 * (host:port), redirects followed by hand so a test can stop at any hop and replay or tamper.
 */
export class CookieBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  /** The cookies this browser holds for `url`'s host:port. */
  cookies(url: string): Map<string, string> {
    const host = new URL(url).host;
    let jar = this.jars.get(host);
    if (!jar) this.jars.set(host, (jar = new Map()));
    return jar;
  }

  /** Copy of this browser's cookies (another tab of the same browser, or an attacker who stole them). */
  clone(): CookieBrowser {
    const copy = new CookieBrowser();
    for (const [host, jar] of this.jars) copy.jars.set(host, new Map(jar));
    return copy;
  }

  /** One request, no redirect followed; stores `Set-Cookie`. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const jar = this.cookies(url);
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  }

  /** Follows redirects (GET) until an answer that is not one; returns it and the last URL. */
  async follow(url: string, init: RequestInit = {}, max = 10): Promise<{ res: Response; url: string }> {
    let current = url;
    let res = await this.request(current, init);
    for (let i = 0; i < max && res.status >= 300 && res.status < 400 && res.headers.get('location'); i++) {
      current = new URL(res.headers.get('location') as string, current).href;
      res = await this.request(current);
    }
    return { res, url: current };
  }
}

/** The test site a widget would run on (never served: only its origin matters). */
export const SITE_ORIGIN = 'http://127.0.0.1:5999';

/**
 * Signs in through the sandbox provider as `techId` and stops at the gateway callback:
 * returns the callback URL (code + state) without calling it, so tests can replay or alter it.
 */
export async function signInUntilCallback(
  browser: CookieBrowser,
  gatewayUrl: string,
  techId: string,
  returnTo = `${SITE_ORIGIN}/ho-so-cua-toi`,
): Promise<string> {
  const start = await browser.request(`${gatewayUrl}/v1/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  if (start.status !== 302) throw new Error(`login answered ${start.status}: ${await start.text()}`);
  let location = start.headers.get('location') as string;
  // Hop through the provider; a provider session that already exists skips the sign-in page.
  for (let hop = 0; hop < 12; hop++) {
    if (location.startsWith(`${gatewayUrl}/v1/auth/callback`)) return location;
    const res = await browser.request(location);
    const next = res.headers.get('location');
    if (next) {
      location = new URL(next, location).href;
      continue;
    }
    const html = await res.text();
    const action = /<form method="post" action="([^"]+\/login)"/.exec(html)?.[1];
    if (res.status !== 200 || !action)
      throw new Error(`provider stopped at ${location} with ${res.status}: ${html.slice(0, 300)}`);
    const posted = await browser.request(new URL(action, location).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ identity: techId }).toString(),
    });
    location = new URL(posted.headers.get('location') as string, location).href;
  }
  throw new Error('too many hops');
}

/** Full sign-in: through the provider and the gateway callback; returns the callback answer. */
export async function signIn(
  browser: CookieBrowser,
  gatewayUrl: string,
  techId: string,
  returnTo?: string,
): Promise<Response> {
  return browser.request(await signInUntilCallback(browser, gatewayUrl, techId, returnTo));
}
