import { ancestorShadowRoots } from './composed-tree';

/** Attributes whose change anywhere above a widget may change what it shows. */
const WATCHED = ['lang', 'large-text', 'endpoint'];

/** Called with `true` when strings changed (a locale pack arrived), so a re-render is needed. */
type Listener = (stringsChanged: boolean) => void;
const listeners = new Set<Listener>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function notifyAll(stringsChanged = false): void {
  for (const listener of listeners) listener(stringsChanged);
}

/**
 * Calls `onChange` whenever a `lang`, `large-text` or `endpoint` attribute changes in
 * the document or in any shadow root above `el`, and when a locale pack is
 * registered. One MutationObserver is shared by every widget on the page.
 * Returns the function that stops watching.
 */
export function watchEnvironment(el: Element, onChange: Listener): () => void {
  observer ??= new MutationObserver(() => notifyAll());
  for (const root of [document.documentElement, ...ancestorShadowRoots(el)]) {
    if (observedRoots.has(root)) continue;
    observedRoots.add(root);
    observer.observe(root, { attributes: true, attributeFilter: WATCHED, subtree: true });
  }
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** Asks every connected widget to re-resolve its environment (e.g. a new locale pack). */
export function refreshEnvironment(): void {
  notifyAll(true);
}
