/** Side-effect entry: registers `<dvc-unit-picker>` (a no-op when already registered). */
import { DvcUnitPicker } from './unit-picker';

DvcUnitPicker.define();
