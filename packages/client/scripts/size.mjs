#!/usr/bin/env node
// What `@dvc-kit/client/public` costs a browser page: esbuild bundles tiny entries
// (minified, ES2022, browser) and gzips them (-9). Three figures:
//   public  — createPublicClient with everything it pulls in (HTTP core, errors, shapes, paths);
//   shapes  — the structural shapes of every body it checks (generated from core's zod
//             schemas) with their checker, alone;
//   http    — the client's own HTTP core and errors.
// And one reference figure, not shipped: `ky` — ky 1.14.3 alone (`ky.create`), the HTTP
// library the client was first planned on. It is why the HTTP core is our own: ky alone is
// larger than our whole core with its errors, and would push `./public` past its budget and
// `<dvc-dossier-status>` past its 15 kB (see README, "Why not ky").
// Prints one line per figure; `--json` prints JSON (with `zodInPublic`: whether zod got in).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const at = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Budget of the public client with its schemas, gzipped. */
export const BUDGET_GZIP_BYTES = 10 * 1024;
/** Budget of the client's own HTTP core and errors, gzipped. */
export const HTTP_BUDGET_GZIP_BYTES = 5 * 1024;

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
};

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
  for (const name of Object.keys(ENTRIES)) {
    const { inputs, ...size } = await measure(name);
    sizes[name] = size;
    if (name === 'public') zodInPublic = inputs.some((file) => file.includes('/zod/'));
  }
  if (process.argv.includes('--json')) {
    console.log(
      JSON.stringify({
        ...sizes,
        zodInPublic,
        budgetGzipBytes: BUDGET_GZIP_BYTES,
        httpBudgetGzipBytes: HTTP_BUDGET_GZIP_BYTES,
      }),
    );
  } else {
    for (const [name, s] of Object.entries(sizes)) {
      console.log(
        `${name.padEnd(8)} ${s.minBytes} B min, ${s.gzipBytes} B gzip${name === 'ky' ? '  (reference: ky 1.14.3 alone, not shipped)' : ''}`,
      );
    }
    console.log(`budgets: public ${BUDGET_GZIP_BYTES} B gzip, http ${HTTP_BUDGET_GZIP_BYTES} B gzip`);
  }
}
