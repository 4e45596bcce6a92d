import { expect, fixture, nextFrame } from '@open-wc/testing';
import type { DvcFormControl } from '../src/internal/form/dvc-form-control';
import '../src/define/all';

/** How the shared suite drives one control. */
export interface FormControlSuiteOptions<E extends DvcFormControl> {
  /** Tag of the registered element. */
  tag: string;
  /** Gives the control a valid value the way a user would (typing, picking, uploading). */
  fill(el: E): Promise<void>;
  /** `el.value` after {@link fill}. */
  filledValue: string;
  /** The entries the form submits after {@link fill}. @default [filledValue] */
  submitted?: string[];
  /** Prepares a fresh element before it is connected (e.g. inject an uploader). */
  setup?(el: E): void;
}

/** `<form><el name="field" label="…"></form>`, built with DOM calls (no HTML strings). */
export async function formWith<E extends DvcFormControl>(
  options: FormControlSuiteOptions<E>,
  attrs: Record<string, string> = {},
) {
  const form = document.createElement('form');
  const el = document.createElement(options.tag) as E;
  el.setAttribute('name', 'field');
  el.setAttribute('label', 'Trường thử nghiệm');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  options.setup?.(el);
  form.append(el);
  await fixture(form);
  await el.updateComplete;
  return { form, el };
}

const visibleMessages = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('#messages p')].map((p) => p.textContent!.trim());

/**
 * The behaviour every DVC Kit form control shares (Web Awesome's
 * `runFormControlBaseTests` idea): form value, reset, disabled, required validity,
 * state restore, label association and axe checks in empty, filled and error states.
 */
export function runFormControlSuite<E extends DvcFormControl>(options: FormControlSuiteOptions<E>): void {
  describe(`${options.tag} — shared form-control behaviour`, () => {
    it('is form-associated and submits its value under its name', async () => {
      const { form, el } = await formWith(options);
      expect((el.constructor as typeof DvcFormControl).formAssociated).to.equal(true);
      expect(el.form).to.equal(form);
      await options.fill(el);
      expect(el.value).to.equal(options.filledValue);
      expect(new FormData(form).getAll('field')).to.deep.equal(options.submitted ?? [options.filledValue]);
    });

    it('is left out of the form and its inputs disabled when disabled (own attribute or fieldset)', async () => {
      const { form, el } = await formWith(options);
      await options.fill(el);
      el.disabled = true;
      await el.updateComplete;
      expect(new FormData(form).has('field')).to.equal(false);
      el.disabled = false;
      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      fieldset.append(el);
      fieldset.disabled = true;
      await nextFrame();
      await el.updateComplete;
      expect(new FormData(form).has('field')).to.equal(false);
      const inner = el.shadowRoot!.querySelector<HTMLInputElement | HTMLButtonElement>('#control')!;
      expect(inner.disabled || inner.matches(':disabled')).to.equal(true);
    });

    it('returns to its default on form reset and hides messages again', async () => {
      const { form, el } = await formWith(options, { required: '' });
      await options.fill(el);
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(visibleMessages(el)).to.deep.equal([]);
    });

    it('when required and empty: invalid (valueMissing), quiet until submit, then shows the message', async () => {
      const { form, el } = await formWith(options, { required: '' });
      expect(el.validity.valueMissing).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
      expect(visibleMessages(el)).to.deep.equal([]);
      form.requestSubmit();
      await el.updateComplete;
      expect(visibleMessages(el)).to.have.length(1);
      expect(el.validationMessage).to.equal(visibleMessages(el)[0]);
      expect(el.shadowRoot!.querySelector('#control, [aria-invalid="true"]')).to.exist;
      await options.fill(el);
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
    });

    it('restores a saved state (back/forward cache, autofill)', async () => {
      const { el } = await formWith(options);
      await options.fill(el);
      const value = el.value;
      const { el: other } = await formWith(options);
      other.formStateRestoreCallback(value);
      await other.updateComplete;
      expect(other.value).to.equal(value);
    });

    it('works outside a form', async () => {
      const el = document.createElement(options.tag) as E;
      el.required = true;
      options.setup?.(el);
      await fixture(el);
      expect(el.form).to.equal(null);
      expect(el.checkValidity()).to.equal(false);
      await options.fill(el);
      expect(el.checkValidity()).to.equal(true);
    });

    it('shows its label inside the shadow root, tied to the control', async () => {
      const { el } = await formWith(options);
      const label = el.shadowRoot!.querySelector('#label')!;
      expect(label.textContent).to.contain('Trường thử nghiệm');
      const control = el.shadowRoot!.querySelector('#control')!;
      const tied =
        label.tagName === 'LABEL'
          ? label.getAttribute('for') === 'control'
          : label.closest('fieldset')?.contains(control);
      expect(tied).to.equal(true);
    });

    it('passes axe when empty, filled and showing an error', async () => {
      const { el } = await formWith(options, { required: '' });
      await expect(el).to.be.accessible();
      el.reportValidity();
      await el.updateComplete;
      expect(visibleMessages(el)).to.have.length(1);
      await expect(el).to.be.accessible();
      await options.fill(el);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
}
