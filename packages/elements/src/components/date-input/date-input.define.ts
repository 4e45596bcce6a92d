/** Side-effect entry: registers `<dvc-date-input>` (a no-op when already registered). */
import { DvcDateInput } from './date-input';

DvcDateInput.define();
