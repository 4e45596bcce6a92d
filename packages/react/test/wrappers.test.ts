import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ELEMENTS } from '@dvc-kit/elements';
import { GENERATED_DIR, loadManifest, type Manifest } from '../scripts/generate.mjs';
import * as wrappers from '../src/index';

const components = Object.entries(wrappers) as [string, ComponentType<Record<string, unknown>>][];
const tagOf = (html: string) => /^<([a-z0-9-]+)/.exec(html)?.[1];

/**
 * What the manifest lists that the committed wrappers lack: an element without a wrapper
 * exported under its class name rendering its tag, or an event without its `onX: 'name'` entry.
 * Read from the wrappers' sources and the rendered HTML, not from the generator.
 */
function missingFromWrappers(manifest: Manifest, exported: Record<string, unknown>): string[] {
  const missing: string[] = [];
  for (const d of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (!d.customElement || !d.tagName) continue;
    const component = exported[d.name] as ComponentType | undefined;
    if (!component || tagOf(renderToString(createElement(component))) !== d.tagName) {
      missing.push(`<${d.tagName}>`);
      continue;
    }
    const source = readFileSync(join(GENERATED_DIR, `${d.tagName.replace(/^dvc-/, '')}.ts`), 'utf8');
    const mapped = new Set([...source.matchAll(/^ {4}on[A-Za-z]+: '([a-z0-9-]+)' as EventName</gm)].map((m) => m[1]));
    for (const event of d.events ?? []) if (!mapped.has(event.name)) missing.push(`<${d.tagName}> ${event.name}`);
  }
  return missing;
}

describe('@dvc-kit/react wrappers', () => {
  const rendered = new Map(components.map(([name, C]) => [tagOf(renderToString(createElement(C))), name]));
  const manifest = loadManifest();

  it('render each element’s tag on the server', () => {
    expect([...rendered.keys()].sort()).toEqual(Object.keys(ELEMENTS).sort());
    for (const [tag, name] of rendered) expect(name).toBe(ELEMENTS[tag as keyof typeof ELEMENTS].name);
  });

  it('cover every custom element and every event of the manifest', () => {
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
    expect(tags.length).toBeGreaterThan(0);
    expect(missingFromWrappers(manifest, wrappers)).toEqual([]);
  });

  it('notice an element or an event the wrappers lack', () => {
    const more = structuredClone(manifest);
    const rating = more.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'dvc-rating');
    rating?.events?.push({ name: 'dvc-rating-cleared' });
    const map = { name: 'DvcMap', customElement: true, tagName: 'dvc-map' };
    more.modules.push({ path: 'src/map/map.ts', declarations: [map] });
    expect(missingFromWrappers(more, wrappers)).toEqual(['<dvc-rating> dvc-rating-cleared', '<dvc-map>']);
  });

  it('pass attributes and children through and keep hostile text as text', () => {
    const html = renderToString(
      createElement(
        wrappers.DvcProvider,
        { endpoint: 'https://dvc.example.gov.vn/api', lang: 'vi' } as Record<string, unknown>,
        createElement(wrappers.DvcRating, { dossier: '<img src=x onerror=alert(1)>', id: 'r' } as Record<
          string,
          unknown
        >),
      ),
    );
    expect(html).toContain('<dvc-provider');
    expect(html).toContain('lang="vi"');
    expect(html).toContain('<dvc-rating');
    expect(html).not.toContain('<img');
  });
});
