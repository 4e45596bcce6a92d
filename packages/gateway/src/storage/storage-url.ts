/** Where a storage URL points, as {@link parseStorageUrl} reads it. */
export type StorageLocation =
  | {
      kind: 'postgres';
      /** Connection URL without the `schema` parameter. */ url: string;
      /** @default 'public' (when absent) */ schema?: string;
    }
  | { kind: 'sqlite'; /** Database file, or `':memory:'`. */ file: string };

/**
 * Read a storage URL: `postgres://…` / `postgresql://…` (a `schema` query parameter
 * selects the schema) or `sqlite:<file>`. Anything else → `undefined`.
 *
 * @example
 * ```ts
 * parseStorageUrl('postgres://dvc@db/dvc?schema=gateway'); // { kind: 'postgres', url: 'postgres://dvc@db/dvc', schema: 'gateway' }
 * ```
 */
export function parseStorageUrl(url: string): StorageLocation | undefined {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    return schema === undefined
      ? { kind: 'postgres', url: parsed.toString() }
      : { kind: 'postgres', url: parsed.toString(), schema };
  }
  if (url.startsWith('sqlite:')) return { kind: 'sqlite', file: url.slice('sqlite:'.length) };
  return undefined;
}

/** The URL with any user/password hidden, for logs and messages: `postgres://***@db/dvc`. */
export function redactStorageUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
