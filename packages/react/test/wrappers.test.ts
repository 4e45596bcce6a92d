import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ELEMENTS } from '@dvc-kit/elements';
import * as wrappers from '../src/index';

const manifestFile = fileURLToPath(new URL('../../elements/dist/custom-elements.json', import.meta.url));
const components = Object.entries(wrappers) as [string, ComponentType<Record<string, unknown>>][];
const tagOf = (html: string) => /^<([a-z0-9-]+)/.exec(html)?.[1];

interface Manifest {
  modules: { declarations?: { customElement?: boolean; tagName?: string; name: string }[] }[];
}

describe('@dvc-kit/react wrappers', () => {
  const rendered = new Map(components.map(([name, C]) => [tagOf(renderToString(createElement(C))), name]));

  it('render each element’s tag on the server', () => {
    expect([...rendered.keys()].sort()).toEqual(Object.keys(ELEMENTS).sort());
    for (const [tag, name] of rendered) expect(name).toBe(ELEMENTS[tag as keyof typeof ELEMENTS].name);
  });

  it('cover every custom element of the manifest', () => {
    if (!existsSync(manifestFile)) {
      throw new Error(`${manifestFile} is missing: run \`pnpm --filter @dvc-kit/elements build\` (the root \`pnpm test\` builds it).`);
    }
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : []));
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.filter((t) => !rendered.has(t))).toEqual([]);
  });

  it('pass attributes and children through and keep hostile text as text', () => {
    const html = renderToString(
      createElement(wrappers.DvcProvider, { endpoint: 'https://dvc.example.gov.vn/api', lang: 'vi' } as Record<string, unknown>,
        createElement(wrappers.DvcRating, { dossier: '<img src=x onerror=alert(1)>', id: 'r' } as Record<string, unknown>)),
    );
    expect(html).toContain('<dvc-provider');
    expect(html).toContain('lang="vi"');
    expect(html).toContain('<dvc-rating');
    expect(html).not.toContain('<img');
  });
});
