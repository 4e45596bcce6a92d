#!/usr/bin/env node
// Counts the names @dvc-kit/core exports (`.` and `./units`), following every re-export to
// its source with the TypeScript checker: values and types apart. Prints one JSON line.
// Run: node scripts/figures/core-exports.mjs
import { join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');
const ENTRIES = { '.': 'packages/core/src/index.ts', './units': 'packages/core/src/units.ts' };

/** Names exported by each entry, split into values (functions, constants, classes) and types only. */
export function coreExports() {
  const files = Object.values(ENTRIES).map((f) => join(root, f));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const counts = {};
  for (const [entry, file] of Object.entries(ENTRIES)) {
    const source = program.getSourceFile(join(root, file));
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`${file}: not a module`);
    let values = 0;
    let types = 0;
    for (const symbol of checker.getExportsOfModule(module)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      if (target.flags & ts.SymbolFlags.Value) values++;
      else types++;
    }
    counts[entry] = { names: values + types, values, types };
  }
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(coreExports()));
