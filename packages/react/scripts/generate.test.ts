import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { differences, formatted, generate, loadManifest, propOf, wrapperSpecs, type Manifest } from './generate.mjs';

/** A copy of `manifest` with one more event on `tag`. */
function withEvent(manifest: Manifest, tag: string, name: string): Manifest {
  const copy = structuredClone(manifest);
  const element = copy.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  element?.events?.push({ name, type: { text: 'CustomEvent<null>' }, description: 'Added by the test.' });
  return copy;
}

describe('scripts/generate.mjs', () => {
  const manifest = loadManifest();

  it('the committed src/generated is what the manifest generates (run `pnpm generate` when this fails)', async () => {
    expect(differences(await formatted(generate(manifest)))).toEqual([]);
  });

  it('reports a wrapper that lags behind the manifest, and a file left over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvc-react-gen-'));
    try {
      const files = await formatted(generate(manifest), dir);
      for (const [name, text] of files) writeFileSync(join(dir, name), text);
      writeFileSync(join(dir, 'old-widget.ts'), '');
      const newer = await formatted(generate(withEvent(manifest, 'dvc-rating', 'dvc-rating-cleared')), dir);
      expect(differences(newer, dir)).toEqual(['old-widget.ts', 'rating.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('maps event names to React props', () => {
    expect(propOf('dvc-step-change')).toBe('onStepChange');
    expect(propOf('dvc-submit')).toBe('onSubmit');
    expect(propOf('change')).toBe('onChange');
  });

  it('refuses an event name no listener could use, and a class the package does not export', () => {
    expect(() => wrapperSpecs(withEvent(manifest, 'dvc-provider', 'SESSION_EVENT'))).toThrow(/not a DOM event name/);
    const hidden = structuredClone(manifest);
    const index = hidden.modules.find((m) => m.path === 'src/index.ts');
    if (index) index.exports = index.exports?.filter((e) => e.name !== 'DvcRating');
    expect(() => wrapperSpecs(hidden)).toThrow(/DvcRating .* is not exported/);
  });

  it('types each event from the DOM event map the elements declare', () => {
    const form = generate(manifest).get('dossier-form.ts');
    expect(form).toContain("onSubmit: 'dvc-submit' as EventName<GlobalEventHandlersEventMap['dvc-submit']>,");
  });
});
