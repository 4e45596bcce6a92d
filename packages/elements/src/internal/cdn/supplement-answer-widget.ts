/** Lazy chunk of the CDN file for `<dvc-supplement-answer>`, which most pages never show (see lazy-elements.ts). */
import { DvcSupplementAnswer } from '../../components/supplement-answer/supplement-answer';

/** Registers the element (the autoloader calls it once every chunk a page needs has arrived). */
export function defineWidgets(): void {
  DvcSupplementAnswer.define();
}
