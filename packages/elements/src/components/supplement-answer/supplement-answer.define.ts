/** Side-effect entry: registers `<dvc-supplement-answer>` (a no-op when already registered). */
import { DvcSupplementAnswer } from './supplement-answer';

DvcSupplementAnswer.define();
