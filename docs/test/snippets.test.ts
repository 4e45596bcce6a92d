import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { useSandbox } from './sandbox-fixture';

const docs = join(import.meta.dirname, '..');
const root = join(docs, '..');
const snippets = join(docs, 'snippets');
const snippetFiles = readdirSync(snippets);
const pages = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.name.startsWith('.') || e.name === 'node_modules' || e.name === 'api'
      ? []
      : e.isDirectory()
        ? pages(join(dir, e.name))
        : e.name.endsWith('.md')
          ? [join(dir, e.name)]
          : [],
  );

describe('every code sample in the docs is checked', () => {
  test('pages hold no inline TypeScript, JavaScript or HTML samples: they include files from docs/snippets', () => {
    const inline: string[] = [];
    for (const page of pages(docs)) {
      if (page.endsWith(join('reference', 'elements.md'))) continue; // generated from the manifest
      for (const m of readFileSync(page, 'utf8').matchAll(/^```(ts|tsx|js|mjs|html|css|vue)\b/gm))
        inline.push(`${page.slice(docs.length)}: ${m[0]}`);
    }
    expect(inline).toEqual([]);
  });

  test('every snippet a page includes exists, and every snippet is included somewhere', () => {
    const included = new Set<string>();
    for (const page of pages(docs))
      for (const m of readFileSync(page, 'utf8').matchAll(/^<<< @\/snippets\/([\w.-]+)/gm)) included.add(m[1]!);
    for (const name of included) expect(snippetFiles, name).toContain(name);
    const unused = snippetFiles.filter(
      (f) => /\.(tsx?|html|css)$/.test(f) && !included.has(f) && f !== 'locale-ede.ts',
    );
    expect(unused).toEqual([]);
  });

  test('the TypeScript snippets type-check against the workspace sources', { timeout: 240_000 }, () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      join(docs, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    )!;
    const files = snippetFiles.filter((f) => /\.tsx?$/.test(f)).map((f) => join(snippets, f));
    const options: ts.CompilerOptions = {
      ...config.options,
      jsx: ts.JsxEmit.ReactJSX,
      noEmit: true,
      paths: { ...config.options.paths, '@dvc-kit/react': [join(root, 'packages/react/src/index.ts')] },
    };
    const program = ts.createProgram(files, options);
    const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file && d.file.fileName.startsWith(snippets));
    const text = diagnostics.map(
      (d) => `${d.file!.fileName.slice(docs.length)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
    expect(text).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  test('the HTML and CSS snippets use only tags, attributes and custom properties the widgets define', async () => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/dist/custom-elements.json'), 'utf8')) as {
      modules: {
        declarations?: { tagName?: string; attributes?: { name: string }[]; cssProperties?: { name: string }[] }[];
      }[];
    };
    const elements = new Map(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => [d.tagName!, d]),
    );
    for (const file of snippetFiles.filter((f) => f.endsWith('.html'))) {
      for (const m of readFileSync(join(snippets, file), 'utf8').matchAll(/<(dvc-[a-z-]+)([^>]*)>/g)) {
        const element = elements.get(m[1]!);
        expect(element, `${file}: <${m[1]}>`).toBeDefined();
        for (const [, attr] of m[2]!.matchAll(/\s([a-z-]+)=/g)) {
          if (attr === 'lang' || attr === 'class' || attr === 'id') continue;
          expect(
            element!.attributes?.map((a) => a.name),
            `${file}: <${m[1]} ${attr}>`,
          ).toContain(attr);
        }
      }
    }
    const stylesText = readdirSync(join(root, 'packages/elements/src'), { recursive: true })
      .filter((f) => String(f).endsWith('.ts'))
      .map((f) => readFileSync(join(root, 'packages/elements/src', String(f)), 'utf8'))
      .join('\n');
    for (const file of snippetFiles.filter((f) => f.endsWith('.css'))) {
      for (const [name] of readFileSync(join(snippets, file), 'utf8').matchAll(/--dvc-[a-z-]+/g))
        expect(stylesText, `${file}: ${name}`).toContain(`var(${name}`);
      for (const [, part] of readFileSync(join(snippets, file), 'utf8').matchAll(/::part\(([\w-]+)\)/g))
        expect(stylesText, `${file}: part ${part}`).toContain(`part="${part}"`);
    }
  });
});

describe('the runnable snippets run', () => {
  const sandbox = useSandbox('dvc-docs-', { clock: '2025-10-01T08:00:00+07:00' });

  test('core-domain.ts', async () => {
    const { domainTour } = await import('../snippets/core-domain');
    const tour = domainTour();
    expect(tour.id).toMatchObject({ kind: 'cccd', birthProvinceName: 'Đắk Lắk', birthYear: 1995 });
    expect(tour.status).toBe('processing');
    expect(tour.due.toISOString()).toBe('2025-06-09T09:00:00.000Z');
    expect(tour.folded).toBe('dang ky khai sinh');
  });

  test('sandbox-start.ts', async () => {
    const { runSandbox } = await import('../snippets/sandbox-start');
    expect(await runSandbox()).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
  });

  test('portal-sync.ts', async () => {
    const { syncOneDossier } = await import('../snippets/portal-sync');
    const report = await syncOneDossier(sandbox.url);
    expect(report).toMatchObject({ synced: 1, failed: 0 });
  });

  test('public-client.ts (against a gateway in front of the sandbox)', async () => {
    const { createGateway } = await import('@dvc-kit/gateway');
    const gateway = await createGateway({
      port: 0,
      dataDir: join(sandbox.dataDir, 'public'),
      quiet: true,
      portal: { baseUrl: sandbox.url, username: 'dvc-sandbox', password: 'dvc-sandbox', agencyCode: '000.50.20.H66' },
    });
    const { url } = await gateway.start();
    try {
      const { findBirthRegistration, statusOrNothing } = await import('../snippets/public-client');
      expect(await findBirthRegistration(url)).toMatchObject({ code: '1.001193', sections: 3 });
      expect(await statusOrNothing(url, '000.50.20.H66-251231-9999', '0000')).toBeUndefined();
    } finally {
      await gateway.close();
    }
  });

  test('gateway-start.ts', async () => {
    const { runGateway } = await import('../snippets/gateway-start');
    expect(await runGateway(sandbox.url, sandbox.dataDir)).toBe(200);
  });
});
