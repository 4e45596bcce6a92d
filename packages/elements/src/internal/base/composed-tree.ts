/**
 * Walks from `start` up the composed tree (parents, then shadow-root hosts) and
 * returns the first element `match` accepts. `start` itself is tested first unless
 * `skipSelf` is set. Used for `lang`, `large-text` and provider look-ups, so a
 * widget nested inside another component's shadow root still finds its settings.
 */
export function closestComposed(start: Element, match: (el: Element) => boolean, skipSelf = false): Element | null {
  let node: Node | null = skipSelf ? parentOf(start) : start;
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE && match(node as Element)) return node as Element;
    node = parentOf(node);
  }
  return null;
}

/** Every shadow root between `start` and the document, innermost first. */
export function ancestorShadowRoots(start: Node): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let root = start.getRootNode();
  while (root instanceof ShadowRoot) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  return roots;
}

function parentOf(node: Node): Node | null {
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent;
}
