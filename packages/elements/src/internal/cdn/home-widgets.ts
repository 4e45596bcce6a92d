/**
 * One lazy chunk of the CDN file for the widgets a commune's home page shows together
 * (search, status look-up, scoreboard, rating): one download instead of four, and fewer
 * shared chunks for the page to fetch.
 */
import { DvcDigitizationBoard } from '../../components/digitization-board/digitization-board';
import { DvcDossierStatus } from '../../components/dossier-status/dossier-status';
import { DvcProcedureSearch } from '../../components/procedure-search/procedure-search';
import { DvcRating } from '../../components/rating/rating';

/** Registers the chunk's elements (the autoloader calls it once every chunk a page needs has arrived). */
export function defineWidgets(): void {
  for (const ctor of [DvcProcedureSearch, DvcDossierStatus, DvcDigitizationBoard, DvcRating]) ctor.define();
}
