/** An element class with DVC Kit's `define()`; registration needs a browser (or a DOM shim). */
interface Definable {
  define(tagName?: string): CustomElementConstructor;
}

/**
 * Registers the element under its default `dvc-` tag when the page has a custom element
 * registry; on the server (React SSR) it does nothing and the tag renders as plain HTML.
 */
export function register<T extends Definable>(ctor: T): T {
  if (typeof customElements !== 'undefined' && typeof window !== 'undefined') ctor.define();
  return ctor;
}
