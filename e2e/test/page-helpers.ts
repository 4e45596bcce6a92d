/**
 * Helpers installed in the page (before any page script) as `window.__e2e`: they see through
 * open shadow roots, as a screen reader does, so the test can find a control by its visible
 * label or name however deeply the widgets nest it. They only *find*; acting is done with
 * Playwright's mouse or keyboard (see driver.ts).
 */
export function installHelpers(): void {
  const all = (root: Document | ShadowRoot | Element): Element[] => {
    const out: Element[] = [];
    const walk = (node: Document | ShadowRoot | Element) => {
      for (const child of Array.from(node.children)) {
        out.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    walk(root);
    return out;
  };
  const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const text = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) && !(node instanceof DocumentFragment)) return '';
    if (node instanceof HTMLElement && (node.hidden || node.tagName === 'STYLE' || node.tagName === 'SCRIPT'))
      return '';
    const parts: string[] = [];
    if (node instanceof Element && node.shadowRoot) parts.push(text(node.shadowRoot));
    else for (const child of Array.from(node.childNodes)) parts.push(text(child));
    if (node instanceof HTMLSlotElement) for (const a of node.assignedNodes({ flatten: true })) parts.push(text(a));
    return parts.join(' ');
  };
  const visible = (el: Element) => (el as HTMLElement).checkVisibility?.({ visibilityProperty: true }) ?? true;
  const name = (el: Element): string => {
    const aria = el.getAttribute('aria-label');
    if (aria) return squash(aria);
    const by = el.getAttribute('aria-labelledby');
    const root = el.getRootNode() as Document | ShadowRoot;
    if (by)
      return squash(
        by
          .split(/\s+/)
          .map((id) => text(root.getElementById(id) ?? document.createElement('i')))
          .join(' '),
      );
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length)
      return squash(
        Array.from(labels)
          .map((l) => text(l))
          .join(' '),
      );
    if (el.tagName === 'BUTTON' || el.getAttribute('role') === 'option' || el.tagName === 'A') return squash(text(el));
    return '';
  };
  const controls = (scope: Element | Document | ShadowRoot = document) =>
    all(scope).filter(
      (el) =>
        el.matches('input:not([type=hidden]):not([hidden]), textarea, select, button, a[href], [role=option]') &&
        visible(el),
    );
  const deepActive = (): Element | null => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };
  (window as unknown as { __e2e: unknown }).__e2e = {
    all,
    text: (node: Node = document.body) => squash(text(node)),
    name,
    deepActive,
    /** The first visible control whose accessible name matches, optionally inside the host whose `label` attribute or text matches `within`. */
    control(pattern: string, flags: string, within?: string, selector?: string) {
      const re = new RegExp(pattern, flags);
      let scopes: (Element | Document)[] = [document];
      if (within) {
        const w = new RegExp(within, 'i');
        scopes = all(document).filter(
          (el) => el.tagName.includes('-') && w.test(el.getAttribute('label') ?? '') && visible(el),
        );
      }
      for (const scope of scopes) {
        const found = controls(('shadowRoot' in scope && scope.shadowRoot) || scope).find(
          (el) => (!selector || el.matches(selector)) && re.test(name(el)),
        );
        if (found) return found;
      }
      return null;
    },
    /** Every visible element with this tag name, through shadow roots. */
    hosts: (tag: string) => all(document).filter((el) => el.localName === tag && visible(el)),
  };
}
