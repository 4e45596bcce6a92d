#!/usr/bin/env node
/**
 * Measures what importing parts of @dvc-kit/core costs a browser bundle: esbuild
 * (minify, browser, ESM) bundles a tiny entry that imports the named exports from
 * core's source (or `--dist`), then gzip. Prints one line per case; the size tests
 * (src/size.test.ts) call `measure` with the same settings.
 *
 *   node scripts/size.mjs          # from src/
 *   node scripts/size.mjs --dist   # from dist/ (after `pnpm build`)
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles `import { names } from entry` for the browser and returns its sizes and
 * the files that contributed code. `names` = '*' imports the whole entry.
 */
export async function measure({ names, entry = 'index', dist = false }) {
  const file = dist ? `${root}dist/${entry}.js` : `${root}src/${entry}.ts`;
  const contents =
    names === '*'
      ? `import * as all from ${JSON.stringify(file)}; globalThis.keep = all;`
      : `import { ${names.join(', ')} } from ${JSON.stringify(file)}; globalThis.keep = [${names.join(', ')}];`;
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    // Vietnamese text stays UTF-8, as Vite and Rollup emit it (esbuild's default escapes it to \uXXXX).
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const [output] = Object.values(result.metafile.outputs);
  return {
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    // Files that left code in the bundle (tree-shaken files are parsed but contribute nothing).
    inputs: Object.entries(output.inputs)
      .filter(([, info]) => info.bytesInOutput > 0)
      .map(([file]) => file),
  };
}

const CASES = [
  { label: 'isValidCitizenId', names: ['isValidCitizenId'] },
  {
    label: 'every identifier parser',
    names: [
      'parseDossierCode',
      'parseProcedureCode',
      'parseAgencyCode',
      'parseCitizenId',
      'parsePhone',
      'parseTaxCode',
    ],
  },
  { label: 'foldVietnamese', names: ['foldVietnamese'] },
  { label: 'dueDate (lunar calendar, holidays)', names: ['dueDate'] },
  { label: 'whole main entry', names: '*' },
  { label: 'units entry (searchUnits)', names: ['searchUnits'], entry: 'units' },
  { label: 'units entry (searchUnits, mapOldCommune)', names: ['searchUnits', 'mapOldCommune'], entry: 'units' },
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv.includes('--dist');
  console.log(`@dvc-kit/core browser bundle cost (${dist ? 'dist' : 'src'}, esbuild minify + gzip -9)`);
  for (const c of CASES) {
    const { bytes, gzipBytes } = await measure({ ...c, dist });
    console.log(`${c.label.padEnd(38)} ${String(gzipBytes).padStart(7)} B gzip  ${String(bytes).padStart(8)} B min`);
  }
}
