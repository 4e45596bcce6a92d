/**
 * `@dvc-kit/core/testing` — the shared examples DVC Kit's own tests use, for your tests too:
 * realistic public API v1 bodies (Xã Ea Bung, Đắk Lắk) and the birth-registration form with a
 * filled-in answer. A separate entry so no application bundle carries them.
 *
 * @example
 * import { publicApiExamples } from '@dvc-kit/core/testing';
 * publicApiExamples.ProcedureDetail.form.title.vi // 'Đăng ký khai sinh'
 *
 * @packageDocumentation
 */
export { birthRegistrationForm } from './forms/examples/birth-registration';
export { birthRegistrationData, exampleUpload } from './forms/examples/birth-registration-data';
export { publicApiExamples } from './public-api/examples';
