import type { CliMessageCode, CliMessageParams } from '../messages';

/** The outcome of one check of `dvc doctor`. */
export interface CheckResult {
  /** `ok` passed; `warn` works but looks wrong; `fail` will not work. */
  level: 'ok' | 'warn' | 'fail';
  /** What was found (a message code of the CLI's catalogue). */
  text: CliMessageCode;
  /** How to fix it, when it is not `ok`. */
  fix?: CliMessageCode;
  params: CliMessageParams;
}

/** What `dvc doctor` checks: the gateway, and optionally a site that embeds the widgets and an agency code. */
export interface DoctorTarget {
  gateway: string;
  site?: string;
  /** Agency codes to check besides those found on the site's page. */
  agencies: string[];
  signal?: AbortSignal;
}

const TIMEOUT_MS = 10_000;

/** One request with a timeout; network failures come back as `error`, never thrown. */
async function request(
  url: string,
  init: RequestInit = {},
  signal?: AbortSignal,
): Promise<{ response?: Response; error?: string; ms: number }> {
  const started = Date.now();
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    return { response, ms: Date.now() - started };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { error: cause?.code ?? cause?.message ?? (error as Error).message, ms: Date.now() - started };
  }
}

/** The problem+json `detail` or `title` of an error answer, else its status. */
async function problemOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => undefined)) as { detail?: string; title?: string } | undefined;
  return `HTTP ${response.status}${body?.detail || body?.title ? `: ${body.detail ?? body.title}` : ''}`;
}

/** Values of `name="…"` on `dvc-` tags in a page. */
function widgetAttributes(html: string, name: string): string[] {
  const found = new Set<string>();
  for (const tag of html.matchAll(/<dvc-[a-z-]+\b[^>]*>/g)) {
    const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag[0])?.[1];
    if (value) found.add(value);
  }
  return [...found];
}

/** Whether a Content-Security-Policy lets the page call `origin` (connect-src, else default-src). */
function cspAllows(csp: string, origin: string, pageOrigin: string): boolean {
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0]!.toLowerCase(), d.slice(1)]),
  );
  const sources = directives.get('connect-src') ?? directives.get('default-src');
  if (!sources) return true;
  return sources.some(
    (s) =>
      s === '*' ||
      s === origin ||
      s === `${origin}/` ||
      (s === "'self'" && origin === pageOrigin) ||
      (s.endsWith(':') && origin.startsWith(s)),
  );
}

/**
 * Runs every check in order: the gateway answers (`/healthz`, `/readyz`), it reads the
 * portal's catalogue (`/v1/agencies`), the site's page (its `endpoint` and `agency`
 * attributes, its CSP), CORS for the site's origin (a GET and the submit preflight), and
 * each agency code (known to the gateway, with procedures).
 */
export async function runDoctorChecks(target: DoctorTarget): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const add = (
    level: CheckResult['level'],
    text: CliMessageCode,
    params: CliMessageParams = {},
    fix?: CliMessageCode,
  ) => results.push({ level, text, params, ...(fix ? { fix } : {}) });
  const { gateway, signal } = target;

  const health = await request(`${gateway}/healthz`, {}, signal);
  if (!health.response?.ok) {
    const detail = health.response ? `HTTP ${health.response.status}` : (health.error ?? '');
    add('fail', 'cli.doctor.gateway-down', { gateway, detail }, 'cli.doctor.fix.gateway-down');
    return results;
  }
  add('ok', 'cli.doctor.gateway-up', { gateway, ms: health.ms });
  const ready = await request(`${gateway}/readyz`, {}, signal);
  if (ready.response?.ok) add('ok', 'cli.doctor.ready');
  else
    add(
      'fail',
      'cli.doctor.not-ready',
      { detail: ready.response ? await problemOf(ready.response) : (ready.error ?? '') },
      'cli.doctor.fix.not-ready',
    );

  const catalogue = await request(`${gateway}/v1/agencies`, {}, signal);
  let agencies: { code: string; name: { vi: string }; provinceCode: string }[] = [];
  if (catalogue.response?.ok) {
    agencies = ((await catalogue.response.json()) as { items: typeof agencies }).items;
    add(
      agencies.length > 0 ? 'ok' : 'fail',
      agencies.length > 0 ? 'cli.doctor.portal-ok' : 'cli.doctor.portal-empty',
      { count: agencies.length },
      agencies.length > 0 ? undefined : 'cli.doctor.fix.portal',
    );
  } else {
    add(
      'fail',
      'cli.doctor.portal-failed',
      { detail: catalogue.response ? await problemOf(catalogue.response) : (catalogue.error ?? '') },
      'cli.doctor.fix.portal',
    );
  }

  const codes = new Set(target.agencies);
  if (target.site) {
    const site = target.site;
    const origin = new URL(site).origin;
    const page = await request(site, {}, signal);
    if (!page.response?.ok) {
      add(
        'fail',
        'cli.doctor.site-down',
        { site, detail: page.response ? `HTTP ${page.response.status}` : (page.error ?? '') },
        'cli.doctor.fix.site-down',
      );
    } else {
      const html = await page.response.text();
      const endpoints = widgetAttributes(html, 'endpoint');
      if (endpoints.length === 0) add('warn', 'cli.doctor.site-no-endpoint', { site }, 'cli.doctor.fix.site-endpoint');
      for (const endpoint of endpoints) {
        if (endpoint.replace(/\/+$/, '') === gateway) add('ok', 'cli.doctor.site-endpoint', { endpoint });
        else add('warn', 'cli.doctor.site-other-endpoint', { endpoint, gateway }, 'cli.doctor.fix.site-endpoint');
      }
      for (const code of widgetAttributes(html, 'agency')) codes.add(code);
      const csp = page.response.headers.get('content-security-policy');
      if (csp && !cspAllows(csp, new URL(gateway).origin, origin))
        add('fail', 'cli.doctor.csp-blocks', { gateway: new URL(gateway).origin }, 'cli.doctor.fix.csp');
    }
    const get = await request(`${gateway}/v1/agencies`, { headers: { Origin: origin } }, signal);
    const preflight = await request(
      `${gateway}/v1/dossiers`,
      {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,idempotency-key',
        },
      },
      signal,
    );
    const granted = (r?: Response) => {
      const allow = r?.headers.get('access-control-allow-origin');
      return allow === origin || allow === '*';
    };
    if (granted(get.response) && granted(preflight.response)) add('ok', 'cli.doctor.cors-ok', { origin });
    else add('fail', 'cli.doctor.cors-refused', { origin }, 'cli.doctor.fix.cors');
  }

  if (codes.size === 0 && !target.site) add('warn', 'cli.doctor.no-agency', {}, 'cli.doctor.fix.agency');
  for (const code of codes) {
    const agency = agencies.find((a) => a.code === code);
    if (!agency) {
      const province = /\.H(\d{2})$/.exec(code)?.[1] ?? '66';
      add('fail', 'cli.doctor.agency-unknown', { code }, 'cli.doctor.fix.agency');
      results[results.length - 1]!.params.province = province;
      continue;
    }
    const search = await request(`${gateway}/v1/procedures?agency=${encodeURIComponent(code)}&pageSize=1`, {}, signal);
    const total = search.response?.ok ? (((await search.response.json()) as { total?: number }).total ?? 0) : 0;
    add(total > 0 ? 'ok' : 'warn', total > 0 ? 'cli.doctor.agency-ok' : 'cli.doctor.agency-no-procedures', {
      code,
      name: agency.name.vi,
      count: total,
    });
  }
  return results;
}
