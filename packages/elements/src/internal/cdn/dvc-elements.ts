/**
 * The file for a CDN `<script type="module">` tag (dist/cdn/dvc-elements.js): it registers
 * `<dvc-provider>` at once and every other `dvc-` element when its tag first appears in the
 * page, loading that widget's chunk (lit, the gateway client and the needed parts of core sit
 * in shared chunks beside it, all named by content). A page so downloads and runs only the
 * widgets it uses. The 2025 unit tables stay in dvc-units.js, loaded only by `bundled` unit pickers.
 * dist/cdn/preload.json lists each widget's chunks, for `<link rel="modulepreload">` hints.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example/@dvc-kit/elements/dist/cdn/dvc-elements.js"></script>
 * <dvc-dossier-status endpoint="https://dvc.xa-ea-bung.gov.vn/api"></dvc-dossier-status>
 * ```
 */
import { DvcProvider } from '../../components/provider/provider';
import { autoload } from './autoload';
import { LAZY_ELEMENTS } from './lazy-elements';

export { registerLocale } from '../i18n/locale-registry';

DvcProvider.define();
autoload(LAZY_ELEMENTS);
