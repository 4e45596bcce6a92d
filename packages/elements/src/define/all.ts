/** Side-effect entry: registers every element under its `dvc-` tag. */
import { defineAll } from './define-all';

defineAll();
