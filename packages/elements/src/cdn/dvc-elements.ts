/**
 * The all-in-one file for a CDN `<script type="module">` tag (dist/cdn/dvc-elements.js):
 * lit, the gateway client and the needed parts of core bundled and minified; every element
 * registered under its `dvc-` tag on load. The 2025 unit tables stay in a chunk beside it,
 * loaded only when a unit picker opens.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example/@dvc-kit/elements/dist/cdn/dvc-elements.js"></script>
 * <dvc-dossier-status endpoint="https://dvc.xa-ea-bung.gov.vn/api"></dvc-dossier-status>
 * ```
 */
import { defineAll } from '../define/define-all';

export { registerLocale } from '../i18n/locale-registry';

defineAll();
