import * as z from 'zod/mini';

/** Largest `pageSize` the gateway serves. */
export const MAX_PAGE_SIZE = 100;

/**
 * A page of results: `{ items, page, pageSize, total }` (`page` starts at 1, `total` counts
 * every match).
 *
 * @example
 * ```ts
 * const procedurePage = pagedSchema(procedureSummarySchema);
 * ```
 */
export function pagedSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.int().check(z.minimum(1), z.describe('Page number, from 1')),
    pageSize: z.int().check(z.minimum(1), z.maximum(MAX_PAGE_SIZE), z.describe(`Items per page (≤ ${MAX_PAGE_SIZE})`)),
    total: z.int().check(z.minimum(0), z.describe('Number of matches over all pages')),
  });
}

/** Query parameters of a paged list, as strings arrive in a URL (coerced). Defaults: page 1, pageSize 20. */
export const pageQueryShape = {
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE)), 20),
};
