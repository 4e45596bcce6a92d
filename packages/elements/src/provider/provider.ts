import { html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { DvcElement, PROVIDER_MARK } from '../base/dvc-element';

/**
 * @tagname dvc-provider
 * @summary Gives every DVC Kit widget inside it the gateway endpoint (and,
 * through ordinary attributes, `lang` and `large-text`), so each widget need not
 * repeat them. A `province` attribute (2-digit code, e.g. `66`) makes every unit
 * picker inside start at that province — the commune site's own.
 *
 * @slot - The widgets and any other content.
 *
 * @example
 * ```html
 * <dvc-provider endpoint="https://dvc.example.gov.vn/api" province="66" lang="vi" large-text>
 *   <dvc-citizen-id-input name="cccd"></dvc-citizen-id-input>
 * </dvc-provider>
 * ```
 */
export class DvcProvider extends DvcElement {
  static override defaultTag = 'dvc-provider';
  static override styles = [
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /**
   * The gateway's base URL every nested widget uses. Reflected to the `endpoint` attribute, so
   * a value set as a property (React, Vue, `provider.endpoint = …`) reaches the widgets too:
   * they read the attribute, and watch it for changes.
   */
  @property({ reflect: true }) override endpoint?: string;

  readonly [PROVIDER_MARK] = true;

  /** Province the unit pickers inside start at (2-digit code, e.g. `66`). Read from the attribute. @default none */
  @property({ reflect: true }) province?: string;

  protected override render() {
    return html`<slot></slot>`;
  }
}
