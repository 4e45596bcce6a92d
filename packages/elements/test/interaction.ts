import { sendKeys } from '@web/test-runner-commands';

/** Focuses the control (delegatesFocus lands on its first input) and types like a user. */
export async function typeInto(el: HTMLElement & { updateComplete: Promise<boolean> }, text: string): Promise<void> {
  el.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Presses one key (e.g. `Tab`, `ArrowDown`, `Enter`, `Escape`) in the focused element. */
export async function press(el: { updateComplete: Promise<boolean> }, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** The visible validation messages of a control. */
export function messages(el: HTMLElement): string[] {
  return [...el.shadowRoot!.querySelectorAll('#messages p')].map((p) => p.textContent!.trim());
}

/** An element of the control's shadow root. */
export function part<T extends Element = HTMLInputElement>(el: HTMLElement, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in ${el.localName}`);
  return found;
}
