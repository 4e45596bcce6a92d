#!/usr/bin/env node
// Declarations for require() (`.d.cts`) are byte-for-byte those for import (`.d.ts`):
// each is one self-contained file per entry that imports only packages, never chunks.
// index and units get theirs from the ESM build; testing from its own CJS build (tsup.config.ts).
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '..', 'dist');
const copies = [
  ['index.d.ts', 'index.d.cts'],
  ['units.d.ts', 'units.d.cts'],
  ['testing.d.cts', 'testing.d.ts'],
];
for (const [source, target] of copies) {
  const from = join(dist, source);
  if (!existsSync(from)) continue; // DVC_BUILD_JS_ONLY=1 builds no declarations
  if (/from '\.\.?\//.test(readFileSync(from, 'utf8')))
    throw new Error(`${from} imports a relative file; it cannot serve both import and require() as is.`);
  copyFileSync(from, join(dist, target));
}
