import { refreshEnvironment } from '../base/environment-watch';
import { en } from './messages-en';
import { vi, type UiMessageKey } from './messages-vi';

/**
 * A (possibly partial) set of UI strings for one language. Besides the UI keys, a
 * pack may translate core error codes (e.g. `identifier.phone.format`).
 */
export type UiMessages = Partial<Record<UiMessageKey, string>> & { [code: string]: string | undefined };

/** Something that supplies a locale pack: the strings, or a loader called on first use. */
export type LocaleSource = UiMessages | (() => Promise<UiMessages | { default: UiMessages }>);

/** Options for {@link registerLocale}. */
export interface RegisterLocaleOptions {
  /**
   * Language to use for strings this pack lacks; followed in turn, ending at Vietnamese.
   * @default 'vi'
   */
  fallback?: string;
}

/** Message text in several languages, as carried by `DvcError.messages` from core. */
export interface Localized {
  readonly vi: string;
  readonly en?: string;
}

interface Entry {
  messages?: UiMessages;
  load?: () => Promise<UiMessages | { default: UiMessages }>;
  loading?: Promise<void>;
  fallback: string;
}

const locales = new Map<string, Entry>([
  ['vi', { messages: vi, fallback: 'vi' }],
  ['en', { messages: en, fallback: 'vi' }],
]);

/**
 * Adds or extends a language at run time. A loader function is called the first
 * time a widget needs the language; widgets re-render when it arrives. Missing
 * strings follow the fallback chain (e.g. `ede` → `vi`).
 *
 * @example
 * ```ts
 * registerLocale('ede', () => import('./ede.js'), { fallback: 'vi' });
 * registerLocale('en', { 'common.submit': 'Send' }); // override one string
 * ```
 */
export function registerLocale(lang: string, source: LocaleSource, options: RegisterLocaleOptions = {}): void {
  const key = lang.toLowerCase();
  const previous = locales.get(key);
  const fallback = options.fallback ?? previous?.fallback ?? 'vi';
  if (typeof source === 'function') {
    locales.set(key, { messages: previous?.messages, load: source, fallback });
  } else {
    locales.set(key, { messages: { ...previous?.messages, ...source }, fallback });
  }
  refreshEnvironment();
}

/**
 * The chain of registered languages to try for `lang`: the exact tag, its primary
 * subtag (`vi-VN` → `vi`), then each fallback, always ending with `vi`.
 */
export function localeChain(lang: string): string[] {
  const chain: string[] = [];
  const lower = lang.toLowerCase();
  let next: string | undefined = locales.has(lower) ? lower : lower.split('-')[0];
  while (next && !chain.includes(next)) {
    const entry = locales.get(next);
    if (!entry) break;
    chain.push(next);
    startLoading(entry);
    next = entry.fallback;
  }
  if (!chain.includes('vi')) chain.push('vi');
  return chain;
}

function startLoading(entry: Entry): void {
  if (!entry.load || entry.loading) return;
  entry.loading = entry.load().then(
    (loaded) => {
      const messages = 'default' in loaded ? (loaded.default as UiMessages) : (loaded as UiMessages);
      entry.messages = { ...entry.messages, ...messages };
      refreshEnvironment();
    },
    () => undefined,
  );
}

/** `{name}` parameters of a UI string. */
type TranslateParams = Readonly<Record<string, string | number | undefined>>;

/**
 * Looks a UI string up in `lang`'s chain and fills `{params}`. When `localized` is given (a
 * `{ vi, en }` message from core), a language it covers wins over the fallback languages further
 * down the chain. What the elements call (through `DvcElement.t`); {@link translate} is the public
 * face, in core's argument order. The language comes first here because every widget's bundle
 * carries this function and the size budgets are counted in bytes.
 */
export function lookUpText(lang: string, key: string, params: TranslateParams = {}, localized?: Localized): string {
  let text: string | undefined;
  for (const code of localeChain(lang)) {
    text =
      (locales.get(code)?.messages as Record<string, string> | undefined)?.[key] ??
      (localized as Record<string, string | undefined> | undefined)?.[code];
    if (text !== undefined) break;
  }
  return (text ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/**
 * A UI string (or a core/gateway error code a locale pack translates) in `language`, with
 * `{params}` filled in: the registered pack for the language, then its fallbacks, then
 * Vietnamese; `localized` (a `{ vi, en }` message) answers for the languages it covers.
 * Arguments in core's order: `(code, params, language)`.
 *
 * @param language - A language tag (`vi`, `en`, `ede`, …). @default 'vi'
 * @example
 * ```ts
 * import { translate } from '@dvc-kit/elements';
 * translate('request.rate-limited', { minutes: 15 }, 'en'); // 'You have tried too many times. …'
 * ```
 */
export function translate(code: string, params?: TranslateParams, language?: string, localized?: Localized): string;
/**
 * @deprecated The old order `(language, code, params, localized)`; write
 * `translate(code, params, language, localized)` as core's `localize` does.
 */
export function translate(language: string, code: string, params?: TranslateParams, localized?: Localized): string;
export function translate(
  first: string,
  second?: string | TranslateParams,
  third?: string | TranslateParams,
  localized?: Localized,
): string {
  // The old order is the only one whose second argument is a string.
  return typeof second === 'string'
    ? lookUpText(first, second, third as TranslateParams | undefined, localized)
    : lookUpText((third as string | undefined) ?? 'vi', first, second, localized);
}
