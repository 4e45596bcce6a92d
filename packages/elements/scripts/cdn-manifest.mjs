// Content-hashed copies of the CDN files whose names pages write (dvc-elements.js,
// dvc-loader.js, fallback.css) and dist/cdn/manifest.json mapping each plain name to its
// hashed one. A server can send hashed files with `Cache-Control: immutable` for a year: a new
// build gets new names, so a returning visitor never revalidates and never gets a stale file.
// The plain names stay for pages that link them directly. esbuild already names the lazy
// chunks (units-<hash>.js, chunk-<hash>.js) by content.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The files a page names, hashed by {@link writeCdnManifest}. */
export const HASHED_FILES = ['dvc-elements.js', 'dvc-loader.js', 'fallback.css'];

/** `dvc-elements.js` + content → `dvc-elements.1a2b3c4d.js` (8 hex digits of SHA-256). */
export function hashedName(name, content) {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 8);
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
}

/**
 * Writes the hashed copies and `manifest.json` (`{ "dvc-elements.js": "dvc-elements.1a2b3c4d.js", … }`)
 * into `dir`; returns the manifest.
 */
export async function writeCdnManifest(dir, files = HASHED_FILES) {
  const manifest = {};
  for (const name of files) {
    const content = await readFile(join(dir, name));
    const hashed = hashedName(name, content);
    await writeFile(join(dir, hashed), content);
    manifest[name] = hashed;
  }
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** In the built dvc-elements.js: `"dvc-rating":()=>import('./home-widgets-AB12CD34.js')`. */
const LAZY_IMPORT =
  /"(dvc-[a-z-]+)":\(\)=>import\(['"]\.\/([^'"]+)['"]\)|(\w+)=\(\)=>import\(['"]\.\/([^'"]+)['"]\)|"(dvc-[a-z-]+)":(\w+)/g;

/**
 * Writes `preload.json` into `dir` from the CDN build's esbuild metafile: for `dvc-elements.js`
 * the chunks it imports, and for each lazily loaded tag its chunk and the chunks that one
 * imports, each list without what `dvc-elements.js` already brings:
 * `{ "dvc-elements.js": ["chunk-AB12CD34.js"], "dvc-dossier-form": ["form-widgets-….js", …] }`.
 * A server (or a page author) turns them into `<link rel="modulepreload">` hints, so a page's
 * widgets download together with the main file instead of one round trip after it.
 * The tags are read from the built file's loader table (src/internal/cdn/lazy-elements.ts).
 */
export async function writePreloadMap(metafile, dir) {
  const outputs = metafile.outputs;
  const base = (path) => path.slice(path.lastIndexOf('/') + 1);
  const byName = new Map(Object.keys(outputs).map((path) => [base(path), path]));
  const closure = (start) => {
    const seen = new Set();
    const visit = (path) => {
      if (seen.has(path) || !outputs[path]) return;
      seen.add(path);
      for (const imp of outputs[path].imports) if (imp.kind === 'import-statement') visit(imp.path);
    };
    visit(start);
    return [...seen];
  };
  const entry = byName.get('dvc-elements.js');
  const eager = new Set(closure(entry));
  const map = { 'dvc-elements.js': [...eager].filter((p) => p !== entry).map(base) };
  const source = await readFile(join(dir, 'dvc-elements.js'), 'utf8');
  const loaders = new Map();
  for (const m of source.matchAll(LAZY_IMPORT)) {
    if (m[1]) map[m[1]] = m[2];
    else if (m[3]) loaders.set(m[3], m[4]);
    else if (loaders.has(m[6])) map[m[5]] = loaders.get(m[6]);
  }
  for (const [tag, file] of Object.entries(map)) {
    if (tag === 'dvc-elements.js') continue;
    if (!byName.has(file)) throw new Error(`preload.json: ${tag} loads ${file}, which the build did not write`);
    map[tag] = closure(byName.get(file))
      .filter((p) => !eager.has(p))
      .map(base);
  }
  if (Object.keys(map).length < 2) throw new Error('preload.json: no lazily loaded tag found in dvc-elements.js');
  await writeFile(join(dir, 'preload.json'), `${JSON.stringify(map, null, 2)}\n`);
  return map;
}

/**
 * Folds the small shared chunks into each lazily loaded page-group chunk (home-widgets-….js,
 * form-widgets-….js, …): esbuild's code splitting leaves what the groups share in many small
 * chunks (eight files for the home widgets), and over HTTP/1.1 at 400 ms a round trip a phone
 * fetches six files at a time, so each extra round of files costs the page 0.4 s.
 * Each group file is bundled again in place with the lazy-only shared chunks (and the chunks it
 * loads later, e.g. the receipt view) inlined. What stays a separate file: the chunks
 * `dvc-elements.js` itself imports (`<dvc-provider>`, lit, the locale registry, which must exist
 * once), dvc-units.js, and shared chunks of `keepBytes` or more that import only such files (the
 * gateway client and core's codecs, 23 kB gzipped together: every page needs them, so the next
 * page finds them cached; inlining them too made the cold form page 0.6 s slower in
 * e2e/bench/site-bench.mjs). Home page: 8 widget files instead of 13; form page: 9 instead of 15.
 * Code two groups share is downloaded twice on a page that shows both (the home page shows only
 * the home group; "Hồ sơ của tôi" carries its own status widget, registered once by tag).
 * The file names stay esbuild's: the hash covers the group and the chunks it was built from.
 * Updates `metafile` so {@link writePreloadMap} sees the new import graph; returns the group files.
 */
export async function inlineGroupChunks(metafile, dir, keepBytes = 20_000) {
  const outputs = metafile.outputs;
  const base = (path) => path.slice(path.lastIndexOf('/') + 1);
  const byName = new Map(Object.keys(outputs).map((path) => [base(path), path]));
  const entry = byName.get('dvc-elements.js');
  const eager = new Set();
  const visit = (path) => {
    if (eager.has(path) || !outputs[path]) return;
    eager.add(path);
    for (const imp of outputs[path].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entry);
  // Large lazy chunks that import nothing but eager or kept chunks stay files of their own: every
  // page's widgets need them (the gateway client, core's codecs), so the next page finds them cached.
  const kept = new Set(eager);
  for (let grew = true; grew;) {
    grew = false;
    for (const [path, output] of Object.entries(outputs)) {
      if (kept.has(path) || !path.endsWith('.js') || output.bytes < keepBytes) continue;
      const statics = output.imports.filter((imp) => imp.kind === 'import-statement');
      if (output.entryPoint || !statics.every((imp) => kept.has(imp.path))) continue;
      kept.add(path);
      grew = true;
    }
  }
  const eagerNames = new Set([...kept].map(base));
  const groups = outputs[entry].imports
    .filter((imp) => imp.kind === 'dynamic-import' && outputs[imp.path])
    .map((imp) => imp.path);
  const keepEager = {
    name: 'dvc-keep-shared-files',
    setup(b) {
      // The eager and kept chunks, and files the split build did not write (dvc-units.js), stay imports.
      b.onResolve({ filter: /^\.\/[^/]+\.js$/ }, (args) => {
        const name = args.path.slice(2);
        return eagerNames.has(name) || !byName.has(name) ? { path: args.path, external: true } : undefined;
      });
    },
  };
  for (const group of groups) {
    const file = join(dir, base(group));
    const result = await build({
      entryPoints: [file],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'warning',
      outfile: file,
      allowOverwrite: true,
      plugins: [keepEager],
    });
    for (const out of result.outputFiles) await writeFile(out.path, out.contents);
    const imports = Object.values(result.metafile.outputs)
      .flatMap((o) => o.imports)
      .filter((imp) => imp.external);
    outputs[group].imports = imports.map((imp) => ({ path: byName.get(imp.path.slice(2)), kind: imp.kind }));
  }
  return groups.map(base);
}
