#!/usr/bin/env node
// Measures the gzipped size of each element entry as a commune page would load it:
// esbuild bundle (ESM, minified, browser, lit's production build), workspace packages
// from their sources, code splitting so lazy imports stay out of the initial download.
// `node scripts/size.mjs` prints a table; `--check` exits 1 when a budget is exceeded.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { workspaceSources } from './workspace-sources.mjs';
import { BUDGETS } from './size-budgets.mjs';
import { eagerImports, unitsFile } from './eager-imports.mjs';

const pkg = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles one entry and returns its initial and lazy gzip sizes in bytes.
 * `eager`: bundle the gateway client eagerly and leave the unit table to dvc-units.js, as the CDN build does.
 */
export async function measure(entry, { eager = false } = {}) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: pkg,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    conditions: ['browser', 'production'],
    write: false,
    outdir: 'out',
    metafile: true,
    legalComments: 'none',
    plugins: eager ? [eagerImports, unitsFile, workspaceSources] : [workspaceSources],
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((f) => [f.path.slice(f.path.indexOf('/out/') + 1), f.contents]));
  const outputs = result.metafile.outputs;
  const main = Object.keys(outputs).find((o) => outputs[o].entryPoint);
  const initial = new Set();
  const visit = (o) => {
    if (initial.has(o)) return;
    initial.add(o);
    for (const imp of outputs[o].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(main);
  const gz = (o) => gzipSync(files.get(o), { level: 9 }).length;
  const lazy = Object.keys(outputs).filter((o) => !initial.has(o) && o.endsWith('.js'));
  return {
    initial: [...initial].reduce((n, o) => n + gz(o), 0),
    lazy: lazy.reduce((n, o) => n + gz(o), 0),
    inputs: Object.keys(result.metafile.inputs),
    initialInputs: [...initial].flatMap((o) => Object.keys(outputs[o].inputs)),
  };
}

/** Every budget with its measurement. */
export async function measureAll() {
  const rows = [];
  for (const budget of BUDGETS) rows.push({ ...budget, ...(await measure(budget.entry, budget)) });
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await measureAll();
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  for (const r of rows) {
    const ok = r.initial <= r.limit;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${r.name.padEnd(30)} ${kb(r.initial).padStart(9)} / ${kb(r.limit).padStart(8)} gzip${r.lazy ? `  (+ ${kb(r.lazy)} loaded lazily)` : ''}`,
    );
  }
  if (process.argv.includes('--check') && rows.some((r) => r.initial > r.limit)) process.exit(1);
}
