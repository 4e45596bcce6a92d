import type { Localized } from '../messages/define-messages';
/** A language DVC Kit ships messages in. Vietnamese is the default everywhere. */
export type Language = 'vi' | 'en';

/**
 * A message in every shipped language.
 * @deprecated Use {@link Localized} — the same shape under the one name.
 */
export type LocalizedMessage = Localized;

/** Options for {@link DvcError}. */
export interface DvcErrorOptions {
  /** The error that caused this one, kept for debugging. */
  cause?: unknown;
}

/**
 * Base class of every error DVC Kit throws. Each error carries a stable, dotted
 * `code` (safe to branch on and to look up in the message catalogues) and its
 * message in Vietnamese and English. `message` is the English text, so logs and
 * stack traces stay readable for developers; show `messages.vi` to citizens.
 *
 * @example
 * ```ts
 * try { parseCitizenId(input) } catch (e) {
 *   if (e instanceof DvcError) showToCitizen(e.messages.vi);
 * }
 * ```
 */
export class DvcError extends Error {
  /** Stable machine-readable code, e.g. `identifier.citizen-id.length`. */
  readonly code: string;
  /** The message in Vietnamese and English. */
  readonly messages: Localized;

  constructor(code: string, messages: Localized, options: DvcErrorOptions = {}) {
    super(messages.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DvcError';
    this.code = code;
    this.messages = messages;
  }

  /** The message in the given language. */
  localized(language: Language = 'vi'): string {
    return this.messages[language];
  }
}
