import { html, nothing, type TemplateResult } from 'lit';

/** One entry of an error summary: the message and the id of the control it is about. */
export interface ErrorSummaryItem {
  targetId: string;
  message: string;
}

/**
 * The GOV.UK error summary: a box at the top of the step titled "Có lỗi cần sửa"
 * listing every problem as a link to its field. Give it focus after a failed
 * "Tiếp tục" so screen readers announce it; `onJump` moves focus to the field.
 *
 * @example
 * ```ts
 * renderErrorSummary('Có lỗi cần sửa', items, (id) => this.focusControl(id))
 * ```
 */
export function renderErrorSummary(
  title: string,
  items: readonly ErrorSummaryItem[],
  onJump: (targetId: string) => void,
): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<div id="error-summary" class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${title}</h2>
    <ul>
      ${items.map(
        (item) => html`<li>
          <a href="#${item.targetId}" @click=${(e: Event) => {
            e.preventDefault();
            onJump(item.targetId);
          }}>${item.message}</a>
        </li>`,
      )}
    </ul>
  </div>`;
}
