/**
 * Paths of the public REST API v1, in OpenAPI template form (`{name}`). Use the builders for
 * concrete URLs; they percent-encode every segment.
 *
 * @example
 * ```ts
 * new URL(procedurePath('1.001193'), endpoint); // …/v1/procedures/1.001193
 * ```
 */
export const PUBLIC_API_PATHS = {
  units: '/v1/units',
  agencies: '/v1/agencies',
  procedures: '/v1/procedures',
  procedure: '/v1/procedures/{procedureCode}',
  uploads: '/v1/uploads',
  dossiers: '/v1/dossiers',
  dossier: '/v1/dossiers/{code}',
  dossierRating: '/v1/dossiers/{code}/rating',
  dossierSupplement: '/v1/dossiers/{code}/supplement',
  emailOptOut: '/v1/notifications/opt-out',
  agencyDigitization: '/v1/agencies/{agencyCode}/digitization',
  openapi: '/openapi.json',
  docs: '/docs',
  healthz: '/healthz',
  readyz: '/readyz',
} as const;

/** Query values; `undefined` and `''` are left out. */
export type QueryParams = Record<string, string | number | undefined>;

const withQuery = (path: string, query: QueryParams = {}): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
};

const fill = (template: string, name: string, value: string) =>
  template.replace(`{${name}}`, encodeURIComponent(value));

/** `/v1/units?province=66&q=ea` */
export const unitsPath = (query: { province?: string; q?: string } = {}): string =>
  withQuery(PUBLIC_API_PATHS.units, query);
/** `/v1/agencies?province=66` */
export const agenciesPath = (query: { province?: string } = {}): string => withQuery(PUBLIC_API_PATHS.agencies, query);
/** `/v1/procedures?q=khai%20sinh&page=2` */
export const proceduresPath = (query: { q?: string; agency?: string; page?: number; pageSize?: number } = {}): string =>
  withQuery(PUBLIC_API_PATHS.procedures, query);
/** `/v1/procedures/1.001193` */
export const procedurePath = (procedureCode: string): string =>
  fill(PUBLIC_API_PATHS.procedure, 'procedureCode', procedureCode);
/** `/v1/dossiers/000.24.66.H66-250701-0007?verify=5678` */
export const dossierPath = (code: string, verify?: string): string =>
  withQuery(fill(PUBLIC_API_PATHS.dossier, 'code', code), { verify });
/** `/v1/dossiers/000.24.66.H66-250701-0007/rating` */
export const dossierRatingPath = (code: string): string => fill(PUBLIC_API_PATHS.dossierRating, 'code', code);
/** `/v1/dossiers/{code}/supplement`. */
export const dossierSupplementPath = (code: string): string => fill(PUBLIC_API_PATHS.dossierSupplement, 'code', code);
/** `/v1/agencies/000.24.66.H66/digitization` */
export const agencyDigitizationPath = (agencyCode: string): string =>
  fill(PUBLIC_API_PATHS.agencyDigitization, 'agencyCode', agencyCode);
