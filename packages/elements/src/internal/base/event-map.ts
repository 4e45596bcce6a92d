/**
 * Every event a DVC Kit element fires, by name: `dvc-submit` → `CustomEvent<DossierSubmitDetail>`, …
 * Each element's file adds its own events to the DOM's `GlobalEventHandlersEventMap` (beside its
 * class, with its `HTMLElementTagNameMap` entry); this map picks the `dvc-` ones, so it never
 * restates a name or a detail type. `addEventListener('dvc-submit', (e) => e.detail.receipt)` is
 * typed on any element and on `document`; use this map for your own helpers.
 *
 * @example
 * ```ts
 * function on<K extends keyof DvcEventMap>(el: Element, name: K, fn: (e: DvcEventMap[K]) => void) {
 *   el.addEventListener(name, fn as EventListener);
 * }
 * on(form, 'dvc-step-change', (e) => console.log(e.detail.index));
 * ```
 */
export type DvcEventMap = {
  [K in keyof GlobalEventHandlersEventMap as K extends `dvc-${string}` ? K : never]: GlobalEventHandlersEventMap[K];
};

/** Name of an event a DVC Kit element fires (`dvc-submit`, `dvc-rated`, …). */
export type DvcEventName = keyof DvcEventMap;
