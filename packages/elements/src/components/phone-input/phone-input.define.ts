/** Side-effect entry: registers `<dvc-phone-input>` (a no-op when already registered). */
import { DvcPhoneInput } from './phone-input';

DvcPhoneInput.define();
