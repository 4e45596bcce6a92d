import type { ObjectShape, Shape } from './shape';

/** The parts of a zod (mini) schema's definition that {@link shapeOf} reads. */
interface ZodDef {
  type: string;
  format?: string;
  values?: unknown[];
  entries?: Record<string, unknown>;
  innerType?: unknown;
  element?: unknown;
  valueType?: unknown;
  keyType?: unknown;
  shape?: Record<string, unknown>;
  options?: unknown[];
  discriminator?: string;
  parts?: unknown[];
}

const defOf = (schema: unknown): ZodDef => (schema as { _zod: { def: ZodDef } })._zod.def;

/**
 * The {@link Shape} of a zod (mini) schema: its structure and types, without refinements.
 * Throws on a zod type it does not know, so a schema change cannot silently loosen the client.
 * Used at development time (by `shapes.test.ts`), never in the browser bundle.
 *
 * @example
 * ```ts
 * shapeOf(localizedTextSchema); // { vi: 's', en: ['?', 's'] }
 * ```
 */
export function shapeOf(schema: unknown): Shape {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return 's';
    case 'number':
      return def.format?.includes('int') ? 'i' : 'n';
    case 'boolean':
      return 'b';
    case 'unknown':
      return 'u';
    case 'literal':
      return ['e', ...(def.values as string[])];
    case 'enum':
      return ['e', ...(Object.values(def.entries!) as string[])];
    case 'optional':
      return ['?', shapeOf(def.innerType)];
    case 'nullable':
      return ['N', shapeOf(def.innerType)];
    case 'array':
      return ['a', shapeOf(def.element)];
    case 'record':
      if (defOf(def.keyType).type !== 'string') break;
      return ['r', shapeOf(def.valueType)];
    case 'object':
      return Object.fromEntries(Object.entries(def.shape!).map(([key, value]) => [key, shapeOf(value)]));
    case 'template_literal': {
      const [prefix, rest] = def.parts!;
      if (def.parts!.length !== 2 || typeof prefix !== 'string' || defOf(rest).type !== 'string') break;
      return ['p', prefix];
    }
    case 'union': {
      if (def.discriminator === undefined) return ['|', ...def.options!.map(shapeOf)];
      const key = def.discriminator;
      const byValue: Record<string, ObjectShape> = {};
      const options = def.options!.map((option) => {
        const { [key]: tag, ...rest } = shapeOf(option) as ObjectShape;
        if (!Array.isArray(tag) || tag[0] !== 'e') throw new Error(`shapeOf: option without a literal "${key}"`);
        return [tag.slice(1), rest] as const;
      });
      // Keys every option declares alike (a field's id, label, …) are stated once.
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      const [, first = {}] = options[0] ?? [];
      const common = Object.fromEntries(
        Object.entries(first).filter(([k, v]) => options.every(([, rest]) => same(rest[k], v))),
      );
      for (const [values, rest] of options) {
        const own = Object.fromEntries(Object.entries(rest).filter(([k]) => !(k in common)));
        for (const value of values) byValue[String(value)] = own;
      }
      return ['d', key, common, byValue];
    }
  }
  throw new Error(`shapeOf: zod type "${def.type}" is not supported; extend shapeOf and checkShape together`);
}

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const keySource = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key));

/**
 * TypeScript source declaring each shape as an exported `TypedShape<Type>` constant. Sub-shapes
 * that occur more than once are declared once (`const s1: Shape = …`) and referenced.
 *
 * @example
 * ```ts
 * shapesSource([{ name: 'unitListShape', type: 'UnitList', shape: shapeOf(unitListSchema) }], header);
 * ```
 */
export function shapesSource(entries: readonly { name: string; type: string; shape: Shape }[], header: string): string {
  const counts = new Map<string, number>();
  const count = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const key = JSON.stringify(node);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const child of Object.values(node)) count(child);
  };
  for (const { shape } of entries) count(shape);

  const shared = new Map<string, string>();
  const declarations: string[] = [];
  const source = (node: unknown, top = false): string => {
    if (typeof node === 'string') return quote(node);
    if (typeof node !== 'object' || node === null) return String(node);
    const key = JSON.stringify(node);
    if (!top && key.length >= 16 && (counts.get(key) ?? 0) > 1) {
      let name = shared.get(key);
      if (name === undefined) {
        const text = source(node, true);
        name = `s${shared.size + 1}`;
        shared.set(key, name);
        declarations.push(`const ${name}: Shape = ${text};`);
      }
      return name;
    }
    if (Array.isArray(node)) return `[${node.map((item) => source(item)).join(', ')}]`;
    const members = Object.entries(node).map(([k, v]) => `${keySource(k)}: ${source(v)}`);
    if (members.length === 0) return '{}';
    return top ? `{\n  ${members.join(',\n  ')},\n}` : `{ ${members.join(', ')} }`;
  };
  const exported = entries.map(
    ({ name, type, shape }) => `export const ${name}: TypedShape<${type}> = ${source(shape, true)};`,
  );
  const types = [...new Set(entries.map((e) => e.type))].sort().join(', ');
  return [
    header,
    `import type { ${types} } from '@dvc-kit/core';`,
    `import type { Shape, TypedShape } from './shape';`,
    '',
    ...declarations,
    '',
    ...exported,
    '',
  ].join('\n');
}
