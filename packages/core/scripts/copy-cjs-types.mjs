#!/usr/bin/env node
// Declarations for require() (`.d.cts`) are byte-for-byte those for import (`.d.ts`):
// each is one self-contained file per entry that imports only packages, never chunks.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '..', 'dist');
for (const entry of ['index', 'units']) {
  const from = join(dist, `${entry}.d.ts`);
  if (!existsSync(from)) continue; // DVC_BUILD_JS_ONLY=1 builds no declarations
  if (/from '\.\.?\//.test(readFileSync(from, 'utf8')))
    throw new Error(`${from} imports a relative file; it cannot serve require() as is.`);
  copyFileSync(from, join(dist, `${entry}.d.cts`));
}
