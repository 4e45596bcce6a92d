/** Lazy chunk of the CDN file for `<dvc-sign-in>`, which most pages never show (see lazy-elements.ts). */
import { DvcSignIn } from '../../components/sign-in/sign-in';

/** Registers the element (the autoloader calls it once every chunk a page needs has arrived). */
export function defineWidgets(): void {
  DvcSignIn.define();
}
