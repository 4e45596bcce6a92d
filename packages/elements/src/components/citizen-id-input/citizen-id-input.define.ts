/** Side-effect entry: registers `<dvc-citizen-id-input>` (a no-op when already registered). */
import { DvcCitizenIdInput } from './citizen-id-input';

DvcCitizenIdInput.define();
