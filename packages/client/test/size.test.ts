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
  ky: Size;
  errors: Size;
  guards: Size;
  zodInPublic: boolean;
  kyInErrors: boolean;
  budgetGzipBytes: number;
  httpBudgetGzipBytes: number;
  errorsBudgetGzipBytes: number;
  guardsBudgetGzipBytes: number;
  guardsInputs: string[];
};

describe('browser bundle size (esbuild, minified, gzip -9)', () => {
  it(`keeps the client’s own HTTP layer and errors, ky left out, within 6 kB (${sizes.http.gzipBytes} B; ky ${sizes.ky.gzipBytes} B)`, () => {
    expect(sizes.http.gzipBytes).toBeLessThanOrEqual(sizes.httpBudgetGzipBytes);
  });

  it(`keeps @dvc-kit/client/public with the shapes it validates against and ky within 15 kB (public ${sizes.public.gzipBytes} B, shapes ${sizes.shapes.gzipBytes} B)`, () => {
    expect(sizes.public.gzipBytes).toBeLessThanOrEqual(sizes.budgetGzipBytes);
  });

  it(`keeps @dvc-kit/client/errors within 3 kB and free of the HTTP layer (${sizes.errors.gzipBytes} B)`, () => {
    expect(sizes.errors.gzipBytes).toBeLessThanOrEqual(sizes.errorsBudgetGzipBytes);
    expect(sizes.kyInErrors).toBe(false);
  });

  it(`keeps @dvc-kit/client/errors/guards within ${sizes.guardsBudgetGzipBytes} B: the guards alone, no error class, message book or ky (${sizes.guards.gzipBytes} B)`, () => {
    expect(sizes.guards.gzipBytes).toBeLessThanOrEqual(sizes.guardsBudgetGzipBytes);
    expect(sizes.guardsInputs).toHaveLength(1);
    expect(sizes.guardsInputs[0]).toMatch(/errors\/type-guards\.ts$/);
  });

  it('validates without zod in the browser bundle (shapes generated from core’s schemas instead)', () => {
    expect(sizes.zodInPublic).toBe(false);
  });
});
