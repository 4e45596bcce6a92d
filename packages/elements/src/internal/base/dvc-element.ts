import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { lookUpText, type Localized } from '../i18n/locale-registry';
import type { UiMessageKey } from '../i18n/messages-vi';
import { hostStyles } from '../styles/host.styles';
import { closestComposed } from './composed-tree';
import { watchEnvironment } from './environment-watch';

/**
 * Marks a provider element. A symbol from the global registry (not `instanceof`)
 * so two copies of DVC Kit on one page still find each other's providers.
 */
export const PROVIDER_MARK = Symbol.for('dvc-kit.provider');

/**
 * Base of every DVC Kit element: resolves the gateway endpoint (own attribute,
 * else the nearest `<dvc-provider>`), the language (nearest `[lang]`, crossing
 * shadow roots, Vietnamese by default) and large-text mode (own or inherited
 * `large-text` attribute), and re-renders when any of them changes.
 *
 * `K` is the widget's own message keys (besides the shared UI keys) that {@link DvcElement.t}
 * accepts, e.g. `class DvcRating extends DvcElement<MessageKey<typeof ratingMessages>>`.
 */
export class DvcElement<K extends string = never> extends LitElement {
  static override styles = [hostStyles];

  /** Tag name used by {@link DvcElement.define} when no other is given. */
  static defaultTag = '';

  /**
   * Registers this class as a custom element. Calling it twice is harmless; a
   * second tag name registers a subclass, so a site can pick its own prefix.
   *
   * @example
   * ```ts
   * DvcPhoneInput.define('xa-phone-input');
   * ```
   */
  static define(tagName?: string): CustomElementConstructor {
    const name = tagName ?? this.defaultTag;
    const existing = customElements.get(name);
    if (existing) return existing;
    const taken = customElements.getName?.(this) != null;
    const ctor = taken ? class extends this {} : this;
    customElements.define(name, ctor);
    return ctor;
  }

  /** The gateway's base URL, e.g. `https://dvc.example.gov.vn/api`. Inherited from `<dvc-provider>` when absent. */
  @property() endpoint?: string;

  /** Shows text larger (scale set by `--dvc-large-text-scale`). Inherited from any ancestor with `large-text`. */
  @property({ type: Boolean, attribute: 'large-text' }) largeText = false;

  /** The resolved language tag, e.g. `vi`, `en`, `ede`. */
  @state() protected language = 'vi';

  @state() private inheritedEndpoint?: string;

  private stopWatching?: () => void;

  /** The endpoint this element talks to: its own attribute, else the nearest provider's. */
  get resolvedEndpoint(): string | undefined {
    return this.endpoint || this.inheritedEndpoint;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatching = watchEnvironment(this, (stringsChanged) => {
      this.resolveEnvironment();
      if (stringsChanged) this.requestUpdate();
    });
    this.resolveEnvironment();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
  }

  /** Re-reads language, large text and endpoint from the composed tree. */
  protected resolveEnvironment(): void {
    const langEl = closestComposed(this, (el) => el.hasAttribute('lang') && el.getAttribute('lang') !== '');
    this.language = langEl?.getAttribute('lang') ?? 'vi';
    const large = this.largeText || closestComposed(this, (el) => el.hasAttribute('large-text'), true) !== null;
    this.toggleAttribute('data-large-text', large);
    const provider = closestComposed(
      this,
      (el) => (el as unknown as Record<symbol, unknown>)[PROVIDER_MARK] === true && el.hasAttribute('endpoint'),
      true,
    );
    this.inheritedEndpoint = provider?.getAttribute('endpoint') ?? undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('largeText') && this.isConnected) this.resolveEnvironment();
  }

  /** A UI string (or one of the widget's own, `K`) in the resolved language, with `{params}` filled in. */
  protected t(
    key: K | UiMessageKey,
    params?: Readonly<Record<string, string | number | undefined>>,
    localized?: Localized,
  ): string {
    return lookUpText(this.language, key, params, localized);
  }

  /** The text of a failed call's problem (`describeRequestError`): its key, else the error's own message. */
  protected problemText(problem: {
    key: string;
    params?: Readonly<Record<string, string | number>>;
    localized?: Localized;
  }): string {
    return lookUpText(this.language, problem.key, problem.params, problem.localized);
  }
}
