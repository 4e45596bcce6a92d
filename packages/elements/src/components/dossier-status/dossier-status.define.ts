/** Side-effect entry: registers `<dvc-dossier-status>` (a no-op when already registered). */
import { DvcDossierStatus } from './dossier-status';

DvcDossierStatus.define();
