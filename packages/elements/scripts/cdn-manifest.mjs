// Content-hashed copies of the CDN files whose names pages write (dvc-elements.js,
// dvc-loader.js, fallback.css) and dist/cdn/manifest.json mapping each plain name to its
// hashed one. A server can send hashed files with `Cache-Control: immutable` for a year: a new
// build gets new names, so a returning visitor never revalidates and never gets a stale file.
// The plain names stay for pages that link them directly. esbuild already names the lazy
// chunks (units-<hash>.js, chunk-<hash>.js) by content.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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
