import { DvcCitizenIdInput } from '../components/citizen-id-input/citizen-id-input';
import { DvcDateInput } from '../components/date-input/date-input';
import { DvcFileInput } from '../components/file-input/file-input';
import { DvcPhoneInput } from '../components/phone-input/phone-input';
import { DvcProvider } from '../components/provider/provider';
import { DvcUnitPicker } from '../components/unit-picker/unit-picker';
import { DvcDossierStatus } from '../components/dossier-status/dossier-status';
import { DvcRating } from '../components/rating/rating';
import { DvcDigitizationBoard } from '../components/digitization-board/digitization-board';
import { DvcProcedureSearch } from '../components/procedure-search/procedure-search';
import { DvcDossierForm } from '../components/dossier-form/dossier-form';
import { DvcSignIn } from '../components/sign-in/sign-in';
import { DvcMyDossiers } from '../components/my-dossiers/my-dossiers';
import { DvcSupplementAnswer } from '../components/supplement-answer/supplement-answer';

/** Every element class, keyed by its default tag. */
export const ELEMENTS = {
  'dvc-provider': DvcProvider,
  'dvc-citizen-id-input': DvcCitizenIdInput,
  'dvc-phone-input': DvcPhoneInput,
  'dvc-date-input': DvcDateInput,
  'dvc-unit-picker': DvcUnitPicker,
  'dvc-file-input': DvcFileInput,
  'dvc-dossier-status': DvcDossierStatus,
  'dvc-supplement-answer': DvcSupplementAnswer,
  'dvc-rating': DvcRating,
  'dvc-digitization-board': DvcDigitizationBoard,
  'dvc-procedure-search': DvcProcedureSearch,
  'dvc-dossier-form': DvcDossierForm,
  'dvc-sign-in': DvcSignIn,
  'dvc-my-dossiers': DvcMyDossiers,
} as const;

/**
 * Registers every DVC Kit element. With a `prefix`, tags become `<prefix>-…`
 * instead of `dvc-…`, so a site whose page already uses `dvc-` tags can pick its own.
 * Safe to call more than once.
 *
 * @param prefix - Tag prefix without the dash. @default 'dvc'
 * @example
 * ```ts
 * import { defineAll } from '@dvc-kit/elements';
 * defineAll('xa'); // <xa-phone-input>, <xa-date-input>, …
 * ```
 */
export function defineAll(prefix = 'dvc'): void {
  for (const [tag, ctor] of Object.entries(ELEMENTS)) ctor.define(tag.replace(/^dvc/, prefix));
}
