/** Side-effect entry: registers `<dvc-my-dossiers>` (a no-op when already registered). */
import { DvcMyDossiers } from './my-dossiers';

DvcMyDossiers.define();
