/**
 * Paths into dossier form data, as `validateFormData` reports them:
 * `section.field`, `section.group[2].field`, `section.address.street`.
 */

type Segment = string | number;

/** Parsed paths: a form renders and reads the same few hundred paths on every keystroke. */
const parsed = new Map<string, readonly Segment[]>();

/** Splits a path into keys and array indexes: `a.b[2].c` → `['a', 'b', 2, 'c']` (memoized; do not mutate). */
export function pathSegments(path: string): readonly Segment[] {
  let segments = parsed.get(path);
  if (!segments) {
    if (parsed.size > 5000) parsed.clear();
    parsed.set(path, (segments = parseSegments(path)));
  }
  return segments;
}

function parseSegments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const index of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}

/** The value at `path`, or `undefined`. Reads own properties only. */
export function getAt(data: unknown, path: string): unknown {
  let node = data;
  for (const key of pathSegments(path)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<Segment, unknown>)[key];
  }
  return node;
}

/**
 * A copy of `data` with `value` at `path` (objects and arrays along the path are
 * copied, missing ones created; an array is padded with empty objects). `undefined`
 * removes the key.
 */
export function setAt<T extends Record<string, unknown>>(data: T, path: string, value: unknown): T {
  const keys = pathSegments(path);
  const write = (node: unknown, i: number): unknown => {
    const key = keys[i]!;
    const copy: Record<Segment, unknown> | unknown[] = Array.isArray(node)
      ? [...node]
      : { ...(node !== null && typeof node === 'object' ? node : {}) };
    if (Array.isArray(copy) && typeof key === 'number') while (copy.length < key) copy.push({});
    const next =
      i === keys.length - 1
        ? value
        : write((copy as Record<Segment, unknown>)[key] ?? (typeof keys[i + 1] === 'number' ? [] : {}), i + 1);
    if (next === undefined && !Array.isArray(copy)) delete (copy as Record<Segment, unknown>)[key];
    else Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
    return copy;
  };
  return write(data, 0) as T;
}

/** A DOM id for the control of `path`. */
export const domId = (path: string): string => `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** `path` and its ancestors, longest first: `a.b[1].c` → `a.b[1].c`, `a.b[1]`, `a.b`, `a`. */
export function pathAncestors(path: string): string[] {
  const out = [path];
  for (let p = path; ;) {
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return out;
    p = p.slice(0, cut);
    out.push(p);
  }
}
