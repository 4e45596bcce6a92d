import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Size {
  minBytes: number;
  gzipBytes: number;
}
const script = fileURLToPath(new URL('../scripts/size.mjs', import.meta.url));
const sizes = JSON.parse(execFileSync(process.execPath, [script, '--json'], { encoding: 'utf8' })) as {
  public: Size;
  shapes: Size;
  http: Size;
  zodInPublic: boolean;
  budgetGzipBytes: number;
  httpBudgetGzipBytes: number;
};

describe('browser bundle size (esbuild, minified, gzip -9)', () => {
  it('keeps the client’s own HTTP core and errors within 5 kB', () => {
    expect(sizes.http.gzipBytes).toBeLessThanOrEqual(sizes.httpBudgetGzipBytes);
  });

  it(`keeps @dvc-kit/client/public with the shapes it validates against within 10 kB (public ${sizes.public.gzipBytes} B, shapes ${sizes.shapes.gzipBytes} B)`, () => {
    expect(sizes.public.gzipBytes).toBeLessThanOrEqual(sizes.budgetGzipBytes);
  });

  it('validates without zod in the browser bundle (shapes generated from core’s schemas instead)', () => {
    expect(sizes.zodInPublic).toBe(false);
  });
});
