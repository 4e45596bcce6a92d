/** Side-effect entry: registers `<dvc-file-input>` (a no-op when already registered). */
import { DvcFileInput } from './file-input';

DvcFileInput.define();
