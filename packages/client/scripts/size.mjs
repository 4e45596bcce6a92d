#!/usr/bin/env node
// What `@dvc-kit/client/public` costs a browser page: esbuild bundles tiny entries
// (minified, ES2022, browser) and gzips them (-9). The figures:
//   public  — createPublicClient with everything it pulls in (HTTP layer with ky, errors, shapes, paths);
//   shapes  — the structural shapes of every body it checks (generated from core's zod
//             schemas) with their checker, alone;
//   http    — the client's own HTTP layer (attempt, classify, retry, logging) and errors, ky left out;
//   ky      — ky alone (`ky.create`), which the HTTP layer is built on;
//   errors  — the `@dvc-kit/client/errors` entry (error classes and their guards, no HTTP layer);
//   guards  — the `@dvc-kit/client/errors/guards` entry (the two guards alone: what a widget pays).
// Prints one line per figure; `--json` prints JSON (with `zodInPublic`: whether zod got in).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const at = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Budget of the public client with its schemas, gzipped: 15 kB (was 10 kB, measured 8,536 B on
 * the hand-written engine). The HTTP layer now runs on ky, which costs 5,077 B alone and 5,191 B
 * in this bundle with its adapter (13,727 B), so the budget grew by 5 kB, ky's cost, and no more.
 */
export const BUDGET_GZIP_BYTES = 15 * 1024;
/**
 * Budget of the client's own HTTP layer and errors (ky not counted), gzipped: 6 kB (was 5 kB,
 * measured 4,951 B as one hand-written function; 5,764 B as attempt → classify → retry and
 * logging layers with the ky adapter).
 */
export const HTTP_BUDGET_GZIP_BYTES = 6 * 1024;
/** Budget of the `./errors` entry (every error class and guard, nothing of the HTTP layer), gzipped. */
export const ERRORS_BUDGET_GZIP_BYTES = 3 * 1024;
/**
 * Budget of the `./errors/guards` entry (the two guards, no class, no message book), gzipped:
 * the widgets import it into every first download, so it must stay a few hundred bytes
 * (measured 213 B; 260 B before the guards were written for size).
 */
export const GUARDS_BUDGET_GZIP_BYTES = 256;

const ENTRIES = {
  public: `import { createPublicClient } from ${JSON.stringify(at('../src/public.ts'))};
    export const client = createPublicClient({ endpoint: 'https://dvc.example.vn' });`,
  shapes: `import { checkShape } from ${JSON.stringify(at('../src/public/shape.ts'))};
    import * as shapes from ${JSON.stringify(at('../src/public/shapes.ts'))};
    export const check = (s, v) => checkShape(s, v);
    export const all = Object.values(shapes);`,
  http: `import { createHttpEngine } from ${JSON.stringify(at('../src/http/engine.ts'))};
    import { ProblemError } from ${JSON.stringify(at('../src/errors/problem-error.ts'))};
    import { RequestValidationError } from ${JSON.stringify(at('../src/errors/request-validation-error.ts'))};
    export const http = createHttpEngine({ baseUrl: 'https://dvc.example.vn' });
    export const errors = [ProblemError, RequestValidationError];`,
  ky: `import ky from 'ky';
    export const http = ky.create({ prefixUrl: 'https://dvc.example.vn' });`,
  errors: `export * from ${JSON.stringify(at('../src/errors.ts'))};`,
  guards: `export * from ${JSON.stringify(at('../src/errors/guards.ts'))};`,
};

/** Entries measured with some packages left out of the bundle. */
const EXTERNAL = { http: ['ky'] };

/** Bundles one of the entries and returns `{ minBytes, gzipBytes, inputs }` (the source files with bytes in the output). */
export async function measure(name) {
  const result = await build({
    stdin: { contents: ENTRIES[name], resolveDir: at('.'), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    alias: { '@dvc-kit/core': at('../../core/src/index.ts') },
    logLevel: 'silent',
    metafile: true,
    external: EXTERNAL[name] ?? [],
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
  return { minBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength, inputs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = {};
  let zodInPublic = false;
  let errorsInputs = [];
  let guardsInputs = [];
  for (const name of Object.keys(ENTRIES)) {
    const { inputs, ...size } = await measure(name);
    sizes[name] = size;
    if (name === 'public') zodInPublic = inputs.some((file) => file.includes('/zod/'));
    if (name === 'errors') errorsInputs = inputs;
    if (name === 'guards') guardsInputs = inputs;
  }
  if (process.argv.includes('--json')) {
    console.log(
      JSON.stringify({
        ...sizes,
        zodInPublic,
        budgetGzipBytes: BUDGET_GZIP_BYTES,
        httpBudgetGzipBytes: HTTP_BUDGET_GZIP_BYTES,
        errorsBudgetGzipBytes: ERRORS_BUDGET_GZIP_BYTES,
        kyInErrors: errorsInputs.some((file) => file.includes('/ky/')),
        guardsBudgetGzipBytes: GUARDS_BUDGET_GZIP_BYTES,
        // The source files with bytes in the guards bundle (only type-guards.ts is expected).
        guardsInputs,
      }),
    );
  } else {
    for (const [name, s] of Object.entries(sizes)) {
      console.log(
        `${name.padEnd(8)} ${s.minBytes} B min, ${s.gzipBytes} B gzip${name === 'http' ? '  (ky left out)' : ''}`,
      );
    }
    console.log(
      `budgets: public ${BUDGET_GZIP_BYTES} B gzip, http ${HTTP_BUDGET_GZIP_BYTES} B gzip, errors ${ERRORS_BUDGET_GZIP_BYTES} B gzip, guards ${GUARDS_BUDGET_GZIP_BYTES} B gzip`,
    );
  }
}
