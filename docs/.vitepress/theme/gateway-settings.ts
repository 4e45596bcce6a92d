/** Where the widget reference's live examples find a gateway (GatewayControl.vue). */
export interface GatewaySettings {
  /** The gateway's base URL, e.g. `http://127.0.0.1:8787` (what `pnpm start` runs). */
  endpoint: string;
  /** Mã cơ quan — wire: MaCoQuan — given to the widgets that take an `agency`, e.g. `000.50.20.H66`. */
  agency: string;
}

/** localStorage key of the reader's settings. */
const STORAGE_KEY = 'dvc-docs.live-gateway';

/**
 * The reader's saved settings, else `defaults` (also when storage is unavailable or holds junk).
 *
 * @example
 * ```ts
 * const settings = loadGatewaySettings({ endpoint: 'http://127.0.0.1:8787', agency: '000.50.20.H66' });
 * ```
 */
export function loadGatewaySettings(defaults: GatewaySettings): GatewaySettings {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<GatewaySettings> | null;
    return {
      endpoint: typeof saved?.endpoint === 'string' && saved.endpoint ? saved.endpoint : defaults.endpoint,
      agency: typeof saved?.agency === 'string' ? saved.agency : defaults.agency,
    };
  } catch {
    return defaults;
  }
}

/** Remembers `settings` in this browser (silently skipped when storage is unavailable). */
export function saveGatewaySettings(settings: GatewaySettings): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Private mode or storage disabled: the settings still apply to this page view.
  }
}

/**
 * Points every live gateway example (`[data-dvc-gateway]`) under `root` at `settings`: its
 * `<dvc-provider endpoint>` and every `agency` attribute inside. An example whose settings change
 * is replaced by a fresh copy, so its widgets fetch again from the new gateway.
 *
 * @example
 * ```ts
 * applyGatewaySettings(document, { endpoint: 'http://127.0.0.1:8787', agency: '000.50.20.H66' });
 * ```
 */
export function applyGatewaySettings(root: ParentNode, settings: GatewaySettings): void {
  for (const container of root.querySelectorAll('[data-dvc-gateway]')) {
    const provider = container.querySelector('dvc-provider');
    if (!provider) continue;
    const agencies = [...provider.querySelectorAll('[agency]')];
    if (
      provider.getAttribute('endpoint') === settings.endpoint &&
      agencies.every((el) => el.getAttribute('agency') === settings.agency)
    )
      continue;
    const fresh = provider.cloneNode(true) as Element;
    fresh.setAttribute('endpoint', settings.endpoint);
    for (const el of fresh.querySelectorAll('[agency]')) el.setAttribute('agency', settings.agency);
    provider.replaceWith(fresh);
  }
}
