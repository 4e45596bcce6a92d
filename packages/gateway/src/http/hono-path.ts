/**
 * Hono path (`:name`) of an OpenAPI template path (`{name}`), so routes are declared from
 * core's `PUBLIC_API_PATHS` and `ACCOUNT_API_PATHS`.
 *
 * @example honoPath('/v1/dossiers/{code}') // '/v1/dossiers/:code'
 */
export const honoPath = (template: string): string => template.replace(/\{(\w+)\}/g, ':$1');
