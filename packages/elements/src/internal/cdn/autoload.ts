/**
 * Loads each lazily registered element's chunk the first time its tag appears, in the page
 * or in an open shadow root of another element (`<dvc-dossier-status>` shows
 * `<dvc-supplement-answer>` inside its own shadow root). The pattern of Shoelace's autoloader:
 * one `MutationObserver` on the document and on the shadow root of every element it has seen,
 * so a page pays only for the widgets it uses. The chunks of tags found together are
 * registered together, once all of them have arrived: the widgets then render in the same
 * frame and none pushes another down after it has shown (no layout shift). A chunk that fails
 * to load (a dropped connection) is asked for again on the next `online` event or the next
 * time its tag appears.
 */

/** A lazily loaded chunk: registers its elements when called. */
export interface WidgetChunk {
  defineWidgets(): void;
}

/** Tag → function that imports the chunk registering that element. */
export type ElementLoaders = Readonly<Record<string, () => Promise<WidgetChunk>>>;

/**
 * Starts loading elements on first use under `root` (the document by default) and keeps
 * watching it. Returns a function that stops watching.
 *
 * @example
 * ```ts
 * autoload({ 'dvc-rating': () => import('./home-widgets') });
 * ```
 */
export function autoload(loaders: ElementLoaders, root: Document | ShadowRoot = document): () => void {
  const started = new Set<string>();
  const watched = new WeakSet<Node>();
  let batch: Set<string> | undefined;

  /** Loads the batch's chunks (each once), then registers them all in one task. */
  const loadBatch = async (tags: string[]): Promise<void> => {
    const chunks = [...new Set(tags.map((tag) => loaders[tag]!))];
    const results = await Promise.allSettled(chunks.map((load) => load()));
    for (const result of results) if (result.status === 'fulfilled') result.value.defineWidgets();
    // Forget what failed, so it is asked for again.
    for (const tag of tags) if (!customElements.get(tag)) started.delete(tag);
  };

  const load = (tag: string): void => {
    if (started.has(tag) || customElements.get(tag)) return;
    started.add(tag);
    if (!batch) {
      const tags = (batch = new Set());
      queueMicrotask(() => {
        batch = undefined;
        void loadBatch([...tags]);
      });
    }
    batch.add(tag);
  };

  /** Watches the open shadow root of a DVC element once it has one (after its upgrade). */
  const watchShadow = (el: Element): void => {
    if (watched.has(el)) return;
    watched.add(el);
    void customElements.whenDefined(el.localName).then(() => {
      // Lit attaches the root on connect, right after the upgrade; its first render follows.
      if (el.shadowRoot) observe(el.shadowRoot);
    });
  };

  const discover = (scope: ParentNode): void => {
    const found = scope instanceof Element ? [scope, ...scope.querySelectorAll('*')] : [...scope.querySelectorAll('*')];
    for (const el of found) {
      if (!el.localName.startsWith('dvc-')) continue;
      if (el.localName in loaders) load(el.localName);
      watchShadow(el);
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  });
  const observe = (scope: Document | ShadowRoot): void => {
    if (watched.has(scope)) return;
    watched.add(scope);
    observer.observe(scope, { childList: true, subtree: true });
    discover(scope);
  };
  /** After a failure: looks for tags still unregistered, in the page and every shadow root. */
  const rescan = (): void => {
    const roots: ParentNode[] = [root];
    for (let i = 0; i < roots.length; i++) {
      discover(roots[i]!);
      for (const el of roots[i]!.querySelectorAll('*'))
        if (el.localName.startsWith('dvc-') && el.shadowRoot) roots.push(el.shadowRoot);
    }
  };

  observe(root);
  addEventListener('online', rescan);
  return () => {
    observer.disconnect();
    removeEventListener('online', rescan);
  };
}
