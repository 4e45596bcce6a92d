import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { measure } from './size.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import { BUDGETS } from './size-budgets.mjs';

interface Measurement {
  initial: number;
  lazy: number;
  initialInputs: string[];
}
const budgets = BUDGETS as { name: string; entry: string; limit: number; eager?: boolean }[];

describe('size budgets (gzip, lit included, minified ESM)', () => {
  for (const budget of budgets) {
    it(`${budget.name} ≤ ${budget.limit} bytes`, async () => {
      const m = (await measure(budget.entry, budget)) as Measurement;
      expect(m.initial).toBeLessThanOrEqual(budget.limit);
      // The 2025 unit tables are only ever loaded lazily.
      expect(m.initialInputs.some((i) => i.includes('units/data.generated'))).toBe(false);
    });
  }

  it('the unit tables are split into a lazily loaded chunk of the unit picker', async () => {
    const m = (await measure('src/components/unit-picker/unit-picker.define.ts')) as Measurement;
    expect(m.lazy).toBeGreaterThan(50_000);
  });
});

describe('shipped CSS', () => {
  it('has no comments: a css`…` literal ships as written, so a comment costs gzip bytes in every bundle (write it in JSDoc)', () => {
    const src = join(import.meta.dirname, '..', 'src');
    const files = (readdirSync(src, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    const commented = files.filter((f) =>
      [...readFileSync(join(src, f), 'utf8').matchAll(/css`([^`]*)`/g)].some((m) => m[1]!.includes('/*')),
    );
    expect(commented).toEqual([]);
  });
});
