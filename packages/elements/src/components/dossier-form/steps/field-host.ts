import type { FormDefinition, LocalizedText } from '@dvc-kit/core';
import type { Uploader } from '../../file-input/uploader';
import type { FormMessageKey } from '../form-messages';

/** What the field templates need from `<dvc-dossier-form>`. */
export interface FieldHost {
  readonly definition: FormDefinition;
  readonly data: Record<string, unknown>;
  readonly uploader: Uploader;
  /** A UI string in the form's language. */
  t(key: FormMessageKey, params?: Record<string, string | number>): string;
  /** A server-supplied `{ vi, en }` text in the form's language. */
  text(value: LocalizedText | undefined): string;
  /** The value at a path. */
  value(path: string): unknown;
  /** Sets (or, with `undefined`, clears) the value at a path; saves the draft. */
  set(path: string, value: unknown): void;
  /** Error messages shown at the control of `path`. */
  errors(path: string): string[];
  /** Moves focus to the element with this id once the next render is done. */
  focus(id: string): void;
  /** Whether the field at `path` is shown (its `visibleWhen` holds). */
  visible(path: string): boolean;
  /** Today in Vietnam, `yyyy-MM-dd` (examples in date hints are taken from it). */
  today(): string;
}
