import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  DvcCitizenIdInput as CitizenIdInputElement,
  DvcDateInput as DateInputElement,
  DvcFileInput as FileInputElement,
  DvcPhoneInput as PhoneInputElement,
  DvcProvider as ProviderElement,
  DvcUnitPicker as UnitPickerElement,
} from '@dvc-kit/elements';
import { register } from './register';

/** Native-style events every DVC Kit form control fires. */
const controlEvents = {
  /** The value was committed (the citizen left the field or picked an option). */
  onChange: 'change' as EventName<Event>,
  /** The value changed while typing. */
  onInput: 'input' as EventName<Event>,
};

/**
 * `<dvc-provider>`: gives nested widgets `endpoint` (and, as plain attributes, `lang`, `large-text`).
 *
 * @example
 * ```tsx
 * <DvcProvider endpoint="https://dvc.xa-ea-bung.gov.vn/api" lang="vi"><DvcDossierStatus /></DvcProvider>
 * ```
 */
export const DvcProvider = createComponent({ react: React, tagName: 'dvc-provider', elementClass: register(ProviderElement) });

/** `<dvc-citizen-id-input>`: 12-digit CCCD (a 9-digit CMND with a warning). Events `onChange`, `onInput`. */
export const DvcCitizenIdInput = createComponent({
  react: React, tagName: 'dvc-citizen-id-input', elementClass: register(CitizenIdInputElement), events: controlEvents,
});

/** `<dvc-phone-input>`: Vietnamese phone number, value in E.164 (`+84…`). Events `onChange`, `onInput`. */
export const DvcPhoneInput = createComponent({
  react: React, tagName: 'dvc-phone-input', elementClass: register(PhoneInputElement), events: controlEvents,
});

/** `<dvc-date-input>`: day / month / year fields, value `yyyy-mm-dd`. Events `onChange`, `onInput`. */
export const DvcDateInput = createComponent({
  react: React, tagName: 'dvc-date-input', elementClass: register(DateInputElement), events: controlEvents,
});

/** `<dvc-unit-picker>`: 2025 province → commune picker, value the commune code. Events `onChange`, `onInput`. */
export const DvcUnitPicker = createComponent({
  react: React, tagName: 'dvc-unit-picker', elementClass: register(UnitPickerElement), events: controlEvents,
});

/** `<dvc-file-input>`: uploads files to the gateway, value the upload ids. Events `onChange`, `onInput`. */
export const DvcFileInput = createComponent({
  react: React, tagName: 'dvc-file-input', elementClass: register(FileInputElement), events: controlEvents,
});
