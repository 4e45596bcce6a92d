/** Lazy chunk of the CDN file for `<dvc-my-dossiers>`, which most pages never show (see lazy-elements.ts). */
import { DvcMyDossiers } from '../../components/my-dossiers/my-dossiers';

/** Registers the element (the autoloader calls it once every chunk a page needs has arrived). */
export function defineWidgets(): void {
  DvcMyDossiers.define();
}
