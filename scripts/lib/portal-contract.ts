// Test support: reads the portal contract corpus (`shared/portal-contract/*.json`) for the
// client's and the sandbox's contract tests. The tests iterate over what this returns, so a
// new corpus file or variant needs no new test code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One variant entry of a corpus file. */
export interface CorpusVariant {
  name: string;
  observedIn?: string[];
  /** A whole replacement example (request, answer, or a record, per the file's direction). */
  example?: unknown;
  /** A request, for exchange variants that show one. */
  request?: unknown;
  /** Keys to change in the file's example (a key name, or a path like `A[0].B`). */
  patch?: Record<string, unknown>;
  note?: string;
}

/** One corpus file. */
export interface CorpusFile {
  /** File name, e.g. `tracuuhoso.exchange.json`. */
  file: string;
  service: string;
  direction: 'request' | 'response' | 'exchange';
  transport: { method: string; endpoint: string; headers?: Record<string, string> };
  confidence: string;
  example: unknown;
  variants: CorpusVariant[];
  notes: string;
}

/** One concrete case of a file: its example, or one variant made concrete. */
export interface CorpusCase {
  file: CorpusFile;
  /** `example`, or the variant's name. */
  name: string;
  /** The request of the case, when the file shows one. */
  request?: unknown;
  /** The answer of the case, when the file shows one. */
  response?: unknown;
  /** A variant with a note only (nothing concrete to replay). */
  noteOnly?: string;
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The corpus folder: `DVC_PORTAL_CONTRACT_DIR`, else `<repo>/../shared/portal-contract`.
 * Throws when it is missing: contract tests must fail loudly, never skip.
 */
export function corpusDir(): string {
  const dir = process.env.DVC_PORTAL_CONTRACT_DIR ?? join(REPO, '..', 'shared', 'portal-contract');
  if (!existsSync(dir)) {
    throw new Error(
      `Portal contract corpus not found at ${dir}. Clone the repository beside shared/ (so that ../shared/portal-contract exists) or set DVC_PORTAL_CONTRACT_DIR.`,
    );
  }
  return dir;
}

/** Every `*.json` file of the corpus, parsed, sorted by name (at least one, or it throws). */
export function loadCorpus(): CorpusFile[] {
  const dir = corpusDir();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new Error(`Portal contract corpus at ${dir} holds no .json file.`);
  return files.map((file) => {
    const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<CorpusFile, 'file'>;
    return { ...parsed, file, variants: parsed.variants ?? [] };
  });
}

const clone = <T>(v: T): T => structuredClone(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The first object (depth-first) holding `key`, if any. */
function holderOf(node: unknown, key: string): Record<string, unknown> | undefined {
  if (!isObject(node)) return undefined;
  if (!Array.isArray(node) && Object.hasOwn(node, key)) return node;
  for (const child of Object.values(node)) {
    const found = holderOf(child, key);
    if (found) return found;
  }
  return undefined;
}

/** Every object (depth-first) holding `key`. */
function holdersOf(node: unknown, key: string, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (!isObject(node)) return out;
  if (!Array.isArray(node) && Object.hasOwn(node, key)) out.push(node);
  for (const child of Object.values(node)) holdersOf(child, key, out);
  return out;
}

/** The innermost record a plain new key belongs to: `data[0]`, `data`, or the root. */
function recordOf(root: unknown): Record<string, unknown> | undefined {
  if (!isObject(root)) return undefined;
  const data = (root as Record<string, unknown>).data;
  if (Array.isArray(data) && isObject(data[0])) return data[0] as Record<string, unknown>;
  if (isObject(data) && !Array.isArray(data)) return data;
  return Array.isArray(root) ? (isObject(root[0]) ? (root[0] as Record<string, unknown>) : undefined) : root;
}

/**
 * `base` with `patch` applied: a path `A[0].B` is followed from the first object holding `A`;
 * a plain key replaces it wherever it already occurs, or is added to the innermost record.
 */
export function applyPatch(base: unknown, patch: Record<string, unknown>): unknown {
  const out = clone(base);
  for (const [key, value] of Object.entries(patch)) {
    const path = key.split(/\.|\[(\d+)\]\.?/).filter((p) => p !== undefined && p !== '');
    if (path.length > 1) {
      let node: unknown = holderOf(out, path[0] as string);
      for (const step of path.slice(0, -1)) node = isObject(node) ? (node as Record<string, unknown>)[step] : undefined;
      if (isObject(node)) (node as Record<string, unknown>)[path[path.length - 1] as string] = clone(value);
      continue;
    }
    const holders = holdersOf(out, key);
    if (holders.length > 0) for (const h of holders) h[key] = clone(value);
    else {
      const record = recordOf(out);
      if (record) record[key] = clone(value);
    }
  }
  return out;
}

const splitExample = (file: CorpusFile, example: unknown): { request?: unknown; response?: unknown } => {
  if (file.direction === 'request') return { request: example };
  if (file.direction === 'response') return { response: example };
  const pair = example as { request?: unknown; response?: unknown };
  return { request: pair.request, response: pair.response };
};

/** The example and every variant of `file` as concrete cases. */
export function casesOf(file: CorpusFile): CorpusCase[] {
  const base = splitExample(file, file.example);
  const cases: CorpusCase[] = [{ file, name: 'example', ...base }];
  for (const variant of file.variants) {
    if (variant.patch) {
      // An exchange's patch changes the answer when the answer holds the key, else the request.
      const inResponse =
        file.direction === 'response' ||
        (file.direction === 'exchange' &&
          Object.keys(variant.patch).some((k) => holderOf(base.response, k.split(/[.[]/)[0] as string)));
      cases.push({
        file,
        name: variant.name,
        request: inResponse ? base.request : applyPatch(base.request, variant.patch),
        response: inResponse ? applyPatch(base.response, variant.patch) : base.response,
      });
    } else if (variant.example !== undefined || variant.request !== undefined) {
      const concrete: CorpusCase = { file, name: variant.name };
      if (file.direction === 'request') concrete.request = variant.example;
      else if (variant.example !== undefined) concrete.response = variant.example;
      if (variant.request !== undefined) concrete.request = variant.request;
      cases.push(concrete);
    } else {
      cases.push({ file, name: variant.name, noteOnly: variant.note ?? '' });
    }
  }
  return cases;
}

/**
 * Shape of a JSON value for comparison: keys (with casing) and value types, not values.
 * A `null` counts as text: the Thanh Hóa writer emits `null` for text it does not have,
 * where other writers send `""`.
 */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (value === null) return 'string';
  if (typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, shapeOf((value as Record<string, unknown>)[k])]),
    );
  return typeof value;
}

/** A record fragment (e.g. one result file) put in place of the base example's array whose items look most like it. */
export function withFragment(base: unknown, fragment: Record<string, unknown>): unknown {
  const out = clone(base);
  let best: { holder: Record<string, unknown>; key: string; score: number } | undefined;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (Array.isArray(value)) {
        const sample = isObject(value[0]) ? (value[0] as Record<string, unknown>) : {};
        const score =
          Object.keys(fragment).filter((k) => k in sample).length + (Object.keys(sample).length === 0 ? 0.1 : 0);
        if (!best || score > best.score) best = { holder: node as Record<string, unknown>, key, score };
      }
      visit(value);
    }
  };
  visit(out);
  if (best) best.holder[best.key] = [fragment];
  return out;
}

/** The request of a case made whole: a record fragment (a variant showing one item) is set into the file's example. */
export function wholeRequest(c: CorpusCase): unknown {
  const request = c.request;
  if (Array.isArray(request) || (isObject(request) && ('service' in request || 'session' in request))) return request;
  const base = c.file.direction === 'exchange' ? (c.file.example as { request: unknown }).request : c.file.example;
  return isObject(request) ? withFragment(base, request as Record<string, unknown>) : request;
}
