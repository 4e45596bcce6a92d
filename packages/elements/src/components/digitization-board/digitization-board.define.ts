/** Side-effect entry: registers `<dvc-digitization-board>` (a no-op when already registered). */
import { DvcDigitizationBoard } from './digitization-board';

DvcDigitizationBoard.define();
