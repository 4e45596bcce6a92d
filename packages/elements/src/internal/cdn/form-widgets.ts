/**
 * One lazy chunk of the CDN file for the dossier form and the inputs it is built from
 * (which a page may also use on their own): one download instead of six.
 */
import { DvcCitizenIdInput } from '../../components/citizen-id-input/citizen-id-input';
import { DvcDateInput } from '../../components/date-input/date-input';
import { DvcDossierForm } from '../../components/dossier-form/dossier-form';
import { DvcFileInput } from '../../components/file-input/file-input';
import { DvcPhoneInput } from '../../components/phone-input/phone-input';
import { DvcUnitPicker } from '../../components/unit-picker/unit-picker';

/** Registers the chunk's elements (the autoloader calls it once every chunk a page needs has arrived). */
export function defineWidgets(): void {
  for (const ctor of [DvcDossierForm, DvcCitizenIdInput, DvcPhoneInput, DvcDateInput, DvcUnitPicker, DvcFileInput])
    ctor.define();
}
