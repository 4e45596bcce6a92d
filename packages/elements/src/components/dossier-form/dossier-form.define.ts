/** Side-effect entry: registers `<dvc-dossier-form>` and the inputs it uses (a no-op when already registered). */
import { DvcDossierForm } from './dossier-form';

DvcDossierForm.define();
