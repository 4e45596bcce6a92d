#!/usr/bin/env node
// `pnpm docs:build`: generates the glossary (from core's doc comments), the widget reference
// (from the elements' custom elements manifest) and the API reference (TypeDoc → markdown),
// then builds the VitePress site. Any warning fails the build.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const docs = join(import.meta.dirname, '..');
const steps = [
  ['glossary', process.execPath, [join(docs, 'scripts/gen-glossary.mjs')]],
  ['widget reference', process.execPath, [join(docs, 'scripts/gen-elements.mjs')]],
  ['API reference (TypeDoc)', 'pnpm', ['exec', 'typedoc', '--options', 'typedoc.json']],
  ['VitePress', 'pnpm', ['exec', 'vitepress', 'build', '.']],
];
// Lines that are warnings, from any of the tools (VitePress/Vite/Rollup/TypeDoc).
const WARNING = /\bwarn(ing)?\b|\(!\)|\[warning\]|cannot interpret|deprecat|dead link/i;

rmSync(join(docs, 'api'), { recursive: true, force: true });
const warnings = [];
for (const [name, cmd, args] of steps) {
  const started = Date.now();
  const result = spawnSync(cmd, args, {
    cwd: docs,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const output = `${result.stdout}${result.stderr}`;
  process.stdout.write(output);
  if (result.status !== 0) {
    console.error(`✗ ${name} failed (exit ${result.status})`);
    process.exit(1);
  }
  for (const line of output.split('\n')) if (WARNING.test(line)) warnings.push(`${name}: ${line.trim()}`);
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
if (warnings.length) {
  console.error(`✗ ${warnings.length} warning(s):\n${warnings.join('\n')}`);
  process.exit(1);
}
console.log('docs built without warnings: docs/.vitepress/dist');
