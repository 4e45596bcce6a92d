/** Side-effect entry: registers `<dvc-sign-in>` (a no-op when already registered). */
import { DvcSignIn } from './sign-in';

DvcSignIn.define();
