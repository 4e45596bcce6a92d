import { registerLocale, type Localized } from './locale-registry';
import type { UiMessageKey } from './messages-vi';
import { requestMessages } from '../client/request-messages';

/** A widget's own strings in the two shipped languages. */
export interface MessagePack {
  readonly vi: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}

/** Keys a widget with `P` may translate: its own, the shared request strings and the base catalogue's. */
export type MessageKey<P extends MessagePack> =
  Extract<keyof P['vi'], string> | keyof typeof requestMessages.vi | UiMessageKey;

/** `{name}` parameters of a message. */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

export type { Localized };

const registered = new WeakSet<MessagePack>();

/**
 * Adds a widget's vi/en strings to the catalogues once, when its module loads, so the
 * strings travel with the widget instead of with every element. A site's own
 * `registerLocale(…)` made after loading the widget overrides them.
 */
export function registerMessages(...packs: MessagePack[]): void {
  for (const pack of [requestMessages, ...packs]) {
    if (registered.has(pack)) continue;
    registered.add(pack);
    registerLocale('vi', pack.vi);
    registerLocale('en', pack.en);
  }
}
