import { describe, expect, it } from 'vitest';
import { measure } from '../scripts/size.mjs';

/** Byte budgets of browser bundles (esbuild minify + gzip), from core's source. */
describe('bundle size budgets', () => {
  it('one identifier function costs < 6 kB gzipped', async () => {
    const { gzipBytes, inputs } = await measure({ names: ['isValidCitizenId'] });
    expect(gzipBytes).toBeLessThan(6 * 1024);
    expect(inputs.some((file) => file.includes('zod'))).toBe(false);
  });

  it('dueDate with the lunar calendar costs < 6 kB gzipped', async () => {
    const { gzipBytes } = await measure({ names: ['dueDate'] });
    expect(gzipBytes).toBeLessThan(6 * 1024);
  });

  it('the main entry never pulls in the administrative-unit data', async () => {
    const { inputs } = await measure({ names: '*' });
    expect(inputs.filter((file) => file.includes('src/units'))).toEqual([]);
  });

  it('the units entry carries the data, far below the 3.9 MB source JSON', async () => {
    const { gzipBytes, bytes } = await measure({ names: ['searchUnits', 'mapOldCommune'], entry: 'units' });
    expect(bytes).toBeLessThan(450 * 1024);
    expect(gzipBytes).toBeLessThan(150 * 1024);
  });
});
