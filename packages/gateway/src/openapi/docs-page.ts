import { createHash } from 'node:crypto';
import type { JsonObject } from './openapi-document';

const escape = (text: unknown) =>
  String(text ?? '').replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #ddd}h3{font-size:1.05rem;margin:1.5rem 0 .25rem}
code{background:#f3f3f3;padding:0 .2em;border-radius:3px}.m{display:inline-block;min-width:3.5rem;font-weight:700}
.get{color:#05627a}.post{color:#7a3e05}table{border-collapse:collapse;width:100%;margin:.25rem 0}
td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#fafafa}
nav a{margin-right:1rem}`;

/** CSP `style-src` of the page: only its own inline style, by hash. No scripts at all. */
export const DOCS_STYLE_SRC = [`'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`];

function typeOf(schema: JsonObject): string {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop() ?? '';
    return `<a href="#schema-${escape(name)}">${escape(name)}</a>`;
  }
  if (schema.type === 'array' && schema.items) return `${typeOf(schema.items as JsonObject)}[]`;
  if (Array.isArray(schema.enum))
    return schema.enum.map((v) => `<code>${escape(JSON.stringify(v))}</code>`).join(' | ');
  if (schema.const !== undefined) return `<code>${escape(JSON.stringify(schema.const))}</code>`;
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(schema[key]))
      return (schema[key] as JsonObject[]).map(typeOf).join(key === 'allOf' ? ' & ' : ' | ');
  }
  return escape(Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any'));
}

function propertiesTable(schema: JsonObject): string {
  const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((schema.required ?? []) as string[]);
  const rows = Object.entries(properties).map(
    ([name, s]) =>
      `<tr><td><code>${escape(name)}</code>${required.has(name) ? ' *' : ''}</td><td>${typeOf(s)}</td><td>${escape(s.description ?? '')}</td></tr>`,
  );
  return rows.length === 0
    ? `<p>${typeOf(schema)}</p>`
    : `<table><tr><th>field (* required)</th><th>type</th><th>description</th></tr>${rows.join('')}</table>`;
}

/**
 * A readable, self-contained HTML reference rendered server-side from the OpenAPI
 * document: every operation with its parameters, body and responses, then every schema.
 * No scripts and no external resources (see {@link DOCS_STYLE_SRC}).
 */
export function renderDocsPage(doc: JsonObject): string {
  const info = doc.info as JsonObject;
  const paths = doc.paths as Record<string, Record<string, JsonObject>>;
  const schemas = (doc.components as { schemas: Record<string, JsonObject> }).schemas;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const params = ((op.parameters ?? []) as JsonObject[])
        .map(
          (p) =>
            `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}${p.required ? ' *' : ''}</td><td>${typeOf((p.schema ?? {}) as JsonObject)}</td><td>${escape(p.description ?? '')}</td></tr>`,
        )
        .join('');
      const body = (op.requestBody as JsonObject | undefined)?.content as
        Record<string, { schema: JsonObject }> | undefined;
      const responses = Object.entries((op.responses ?? {}) as Record<string, JsonObject>)
        .map(([status, r]) => {
          const content = r.content as Record<string, { schema: JsonObject }> | undefined;
          const types = content
            ? Object.entries(content)
                .map(([type, c]) => `${escape(type)}: ${typeOf(c.schema)}`)
                .join('; ')
            : '';
          return `<tr><td>${escape(status)}</td><td>${escape(r.description)}</td><td>${types}</td></tr>`;
        })
        .join('');
      return `<h3 id="op-${escape(op.operationId)}"><span class="m ${escape(method)}">${escape(method.toUpperCase())}</span> <code>${escape(path)}</code></h3>
<p>${escape(op.summary)}</p>
${params ? `<table><tr><th>parameter</th><th>in</th><th>type</th><th>description</th></tr>${params}</table>` : ''}
${
  body
    ? `<p>Body: ${Object.entries(body)
        .map(([type, c]) => `${escape(type)} ${typeOf(c.schema)}`)
        .join('; ')}</p>`
    : ''
}
<table><tr><th>status</th><th>meaning</th><th>body</th></tr>${responses}</table>`;
    }),
  );
  const components = Object.entries(schemas).map(
    ([name, schema]) =>
      `<h3 id="schema-${escape(name)}">${escape(name)}</h3><p>${escape(schema.description ?? '')}</p>${propertiesTable(schema)}`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(info.title)}</title><style>${STYLE}</style></head>
<body><h1>${escape(info.title)}</h1><p>${escape(info.description)}</p>
<nav><a href="#operations">Operations</a><a href="#schemas">Schemas</a><a href="/openapi.json">openapi.json</a></nav>
<h2 id="operations">Operations</h2>${operations.join('\n')}
<h2 id="schemas">Schemas</h2>${components.join('\n')}
</body></html>`;
}
