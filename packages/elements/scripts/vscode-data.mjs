#!/usr/bin/env node
// Writes dist/vscode.html-custom-data.json (VS Code's HTML custom data, version 1.1) from the
// custom elements manifest, so editors complete <dvc-…> tags and their attributes. Point
// VS Code at it with "html.customData": ["./node_modules/@dvc-kit/elements/dist/vscode.html-custom-data.json"].
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** The tags of a custom elements manifest as VS Code HTML custom data. */
export function toVsCodeData(manifest) {
  const tags = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const lines = [decl.summary ?? decl.description ?? ''];
      for (const e of decl.events ?? []) if (e.name) lines.push(`Event \`${e.name}\` — ${e.description ?? ''}`);
      for (const p of decl.cssParts ?? []) lines.push(`Part \`${p.name}\` — ${p.description ?? ''}`);
      for (const c of decl.cssProperties ?? []) lines.push(`CSS \`${c.name}\` — ${c.description ?? ''}`);
      tags.push({
        name: decl.tagName,
        description: lines.filter(Boolean).join('\n\n'),
        attributes: (decl.attributes ?? []).map((a) => {
          const values = (a.type?.text ?? '').match(/'[^']+'/g);
          return {
            name: a.name,
            description: a.description ?? '',
            ...(values ? { values: values.map((v) => ({ name: v.slice(1, -1) })) } : {}),
            ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
          };
        }),
        references: [{ name: 'DVC Kit', url: 'https://github.com/dvc-kit/dvc-kit/tree/main/packages/elements' }],
      });
    }
  }
  tags.sort((a, b) => a.name.localeCompare(b.name));
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = `${dist}custom-elements.json`;
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`pnpm run analyze\` (part of \`pnpm build\`) first.`);
    process.exit(1);
  }
  const data = toVsCodeData(JSON.parse(readFileSync(file, 'utf8')));
  writeFileSync(`${dist}vscode.html-custom-data.json`, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`vscode.html-custom-data.json: ${data.tags.length} tags`);
}
