/** Side-effect entry: registers `<dvc-rating>` (a no-op when already registered). */
import { DvcRating } from './rating';

DvcRating.define();
