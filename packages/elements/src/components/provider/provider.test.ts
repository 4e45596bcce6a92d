import { expect, fixture, html } from '@open-wc/testing';
import { DvcPhoneInput } from '../phone-input/phone-input';
import { defineAll } from '../../define/define-all';
import type { DvcElement } from '../../internal/base/dvc-element';
import '../../define/all';

const settle = async (el: DvcElement) => {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

describe('dvc-provider and the element environment', () => {
  it('gives nested widgets its endpoint, across shadow roots; a widget’s own attribute wins', async () => {
    const root = await fixture<HTMLElement>(html`<dvc-provider endpoint="https://dvc.example.gov.vn/api">
      <dvc-phone-input></dvc-phone-input>
      <dvc-phone-input endpoint="https://other.example/api"></dvc-phone-input>
      <div id="host"></div>
    </dvc-provider>`);
    const [inherits, own] = root.querySelectorAll<DvcPhoneInput>('dvc-phone-input');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    const nested = document.createElement('dvc-phone-input') as DvcPhoneInput;
    shadow.append(nested);
    await nested.updateComplete;
    expect(inherits!.resolvedEndpoint).to.equal('https://dvc.example.gov.vn/api');
    expect(own!.resolvedEndpoint).to.equal('https://other.example/api');
    expect(nested.resolvedEndpoint).to.equal('https://dvc.example.gov.vn/api');
    root.setAttribute('endpoint', 'https://moved.example/api');
    await settle(nested);
    expect(nested.resolvedEndpoint).to.equal('https://moved.example/api');
  });

  it('passes an endpoint set as a property (as React sets it) to the widgets inside', async () => {
    const provider = document.createElement('dvc-provider') as HTMLElement & { endpoint?: string };
    const inner = document.createElement('dvc-phone-input') as DvcPhoneInput;
    provider.append(inner);
    document.body.append(provider);
    try {
      provider.endpoint = 'https://dvc.example.gov.vn/api';
      await settle(inner);
      expect(provider.getAttribute('endpoint')).to.equal('https://dvc.example.gov.vn/api');
      expect(inner.resolvedEndpoint).to.equal('https://dvc.example.gov.vn/api');
    } finally {
      provider.remove();
    }
  });

  it('turns on large text from the widget’s own attribute or any ancestor’s', async () => {
    const root = await fixture<HTMLElement>(html`<div><dvc-phone-input></dvc-phone-input></div>`);
    const el = root.querySelector<DvcPhoneInput>('dvc-phone-input')!;
    const size = () => parseFloat(getComputedStyle(el).fontSize);
    const normal = size();
    root.setAttribute('large-text', '');
    await settle(el);
    expect(el.hasAttribute('data-large-text')).to.equal(true);
    expect(size()).to.be.closeTo(normal * 1.25, 0.5);
    root.removeAttribute('large-text');
    await settle(el);
    expect(size()).to.equal(normal);
    el.largeText = true;
    await settle(el);
    expect(size()).to.be.closeTo(normal * 1.25, 0.5);
  });

  it('keeps touch targets at least 44 px high', async () => {
    const el = await fixture<DvcPhoneInput>(html`<dvc-phone-input></dvc-phone-input>`);
    expect(el.shadowRoot!.querySelector('input')!.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('registers under another prefix without clashing, and twice without error', async () => {
    defineAll('xa');
    defineAll('xa');
    expect(customElements.get('xa-phone-input')).to.exist;
    expect(customElements.get('xa-phone-input')).to.not.equal(customElements.get('dvc-phone-input'));
    expect(DvcPhoneInput.define()).to.equal(customElements.get('dvc-phone-input'));
    const el = await fixture<DvcPhoneInput>(html`<xa-phone-input></xa-phone-input>`);
    expect(el).to.be.instanceOf(DvcPhoneInput);
    expect(el.shadowRoot!.textContent).to.contain('Số điện thoại');
  });
});
