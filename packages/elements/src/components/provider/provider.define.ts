/** Side-effect entry: registers `<dvc-provider>` (a no-op when already registered). */
import { DvcProvider } from './provider';

DvcProvider.define();
