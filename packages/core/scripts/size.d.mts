/** Sizes of a browser bundle importing `names` from an entry of @dvc-kit/core (see size.mjs). */
export function measure(options: { names: string[] | '*'; entry?: 'index' | 'units'; dist?: boolean }): Promise<{
  bytes: number;
  gzipBytes: number;
  inputs: string[];
}>;
