/** Side-effect entry: registers `<dvc-procedure-search>` (a no-op when already registered). */
import { DvcProcedureSearch } from './procedure-search';

DvcProcedureSearch.define();
