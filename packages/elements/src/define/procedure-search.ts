/** Side-effect entry: registers `<dvc-procedure-search>` (a no-op when already registered). */
import { DvcProcedureSearch } from '../procedure-search/procedure-search';

DvcProcedureSearch.define();
