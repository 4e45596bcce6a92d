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
export async function signInUntilCallback(browser: CookieBrowser, gatewayUrl: string, techId: string, returnTo = `${SITE_ORIGIN}/ho-so-cua-toi`): Promise<string> {
  const start = await browser.request(`${gatewayUrl}/v1/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  if (start.status !== 302) throw new Error(`login answered ${start.status}: ${await start.text()}`);
  const { res: page, url: pageUrl } = await browser.follow(start.headers.get('location') as string);
  if (page.status !== 200) throw new Error(`sign-in page answered ${page.status}: ${await page.text()}`);
  const html = await page.text();
  const action = /<form method="post" action="([^"]+\/login)"/.exec(html)?.[1];
  if (!action) throw new Error('no sign-in form');
  const posted = await browser.request(new URL(action, pageUrl).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ identity: techId }).toString(),
  });
  let location = new URL(posted.headers.get('location') as string, pageUrl).href;
  for (let i = 0; i < 10 && !location.startsWith(gatewayUrl); i++) {
    const hop = await browser.request(location);
    const next = hop.headers.get('location');
    if (!next) throw new Error(`provider stopped at ${location} with ${hop.status}: ${(await hop.text()).slice(0, 300)}`);
    location = new URL(next, location).href;
  }
  return location;
}

/** Full sign-in: through the provider and the gateway callback; returns the callback answer. */
export async function signIn(browser: CookieBrowser, gatewayUrl: string, techId: string, returnTo?: string): Promise<Response> {
  return browser.request(await signInUntilCallback(browser, gatewayUrl, techId, returnTo));
}
