#!/usr/bin/env node
// The figures issue 13 ("a house a newcomer can extend") tracks, printed before and after a
// restructuring: repeated code (`duplicates` pairs), names core exports, the size of the
// client's HTTP engine, and files per component folder in the elements. Not a test.
// Run: node scripts/house-figures.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { coreExports } from './figures/core-exports.mjs';

const root = resolve(import.meta.dirname, '..');

const dup = spawnSync('duplicates', ['--repo', root, '--seconds', '120', '--most', '1'], { encoding: 'utf8' });
const dupLine = dup.error ? `not measured (${dup.error.message})` : (dup.stdout.split('\n')[0] ?? '');
const pairs = /^(\d+) pairs/.exec(dupLine)?.[1] ?? (dupLine.startsWith('no duplicates') ? '0' : '?');
console.log(`duplicates pairs (6+ lines):        ${pairs}   — ${dupLine}`);

const exportsByEntry = coreExports();
for (const [entry, c] of Object.entries(exportsByEntry)) {
  console.log(
    `core exports (${entry.padEnd(7)}):             ${c.names}   (${c.values} values, ${c.types} types only)`,
  );
}

const engine = 'packages/client/src/http/engine.ts';
const engineLines = readFileSync(join(root, engine), 'utf8').split('\n').length - 1;
console.log(`lines in ${engine}: ${engineLines}`);

// Component folders: src/components/<tag>/ and src/internal/<area>/ once the elements are laid
// out that way (issue 13), else every folder directly under src/.
const elements = join(root, 'packages/elements/src');
const laidOut = existsSync(join(elements, 'components'));
const src = laidOut ? join(elements, 'components') : elements;
const components = readdirSync(src, { withFileTypes: true }).filter((d) => d.isDirectory());
const perComponent = components.map((d) => {
  const files = readdirSync(join(src, d.name), { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  const tests = files.filter((f) => /\.test\.ts$/.test(f.name)).length;
  return { name: d.name, files: files.length, tests };
});
const counts = perComponent.map((c) => c.files).sort((a, b) => a - b);
const median = counts.length ? counts[Math.floor((counts.length - 1) / 2)] : 0;
console.log(
  `files per ${laidOut ? 'component folder in packages/elements/src/components' : 'folder in packages/elements/src'}: ${components.length} folders, median ${median}, ` +
    `min ${counts[0] ?? 0}, max ${counts.at(-1) ?? 0}`,
);
for (const c of perComponent)
  console.log(`  ${c.name.padEnd(20)} ${String(c.files).padStart(3)} files (${c.tests} tests)`);
if (laidOut) {
  const internal = readdirSync(join(elements, 'internal'), { withFileTypes: true }).filter((d) => d.isDirectory());
  console.log(`folders in packages/elements/src/internal: ${internal.length}`);
  for (const d of internal) {
    const files = readdirSync(join(elements, 'internal', d.name), { recursive: true, withFileTypes: true });
    console.log(`  ${d.name.padEnd(20)} ${String(files.filter((f) => f.isFile()).length).padStart(3)} files`);
  }
}
