import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ELEMENTS } from '../../define/define-all';

/** Every widget tag but the provider, whose default <slot> always shows its children. */
const WIDGETS = Object.keys(ELEMENTS).filter((tag) => tag !== 'dvc-provider');
const visible = (el: Element | null): boolean => !!el && el.getClientRects().length > 0;

let sheet: CSSStyleSheet;

before(async () => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./fallback.css', import.meta.url).href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  sheet = link.sheet!;
});

/** Selectors of every style rule in the sheet, media and other group rules included. */
function selectors(rules: CSSRuleList): string[] {
  return [...rules].flatMap((rule) =>
    rule instanceof CSSStyleRule
      ? rule.selectorText.split(/,(?![^(]*\))/).map((s) => s.trim())
      : rule instanceof CSSGroupingRule
        ? selectors(rule.cssRules)
        : [],
  );
}

describe('fallback.css', () => {
  it('styles only undefined widgets (and the load-failed notice)', () => {
    const all = selectors(sheet.cssRules);
    expect(all.length).to.be.greaterThan(10);
    for (const selector of all) {
      expect(
        selector.includes(':not(:defined)') || selector.startsWith('html[data-dvc-load-failed]'),
        selector,
      ).to.equal(true);
    }
  });

  it('shows the light-DOM fallback of an undefined widget readably, with room reserved, and passes axe', async () => {
    const el = await fixture<HTMLElement>(html`
      <dvc-dossier-status>
        <p>Tra cứu hồ sơ trên <a href="https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html">Cổng Dịch vụ công quốc gia</a>
          hoặc gọi Bộ phận một cửa: <a href="tel:+842623000000">0262 3 000 000</a>.</p>
      </dvc-dossier-status>`);
    const style = getComputedStyle(el);
    expect(style.display).to.equal('block');
    expect(parseFloat(style.minHeight)).to.be.at.least(300);
    expect(el.getBoundingClientRect().height).to.be.at.least(300);
    expect(style.fontFamily).to.contain('system-ui');
    expect(visible(el.querySelector('p'))).to.equal(true);
    for (const link of el.querySelectorAll('a')) expect(link.getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });

  it('every widget shows its fallback until defined and hides it after (no default slot)', async () => {
    const host = await fixture<HTMLElement>(
      html`<div>${WIDGETS.map((tag) => {
        const el = document.createElement(tag);
        el.append(Object.assign(document.createElement('p'), { textContent: `Dự phòng ${tag}` }));
        return el;
      })}</div>`,
    );
    const widgets = [...host.children] as HTMLElement[];
    for (const el of widgets) {
      expect(getComputedStyle(el).display, `${el.localName} is a block before definition`).to.equal('block');
      expect(visible(el.querySelector('p')), `${el.localName} fallback shown`).to.equal(true);
    }
    await expect(host).to.be.accessible();
    const before = widgets.map((el) => getComputedStyle(el).borderTopWidth);
    expect(before.every((width) => width === '1px')).to.equal(true);

    await import('../../define/all');
    for (const el of widgets) {
      await waitUntil(() => el.shadowRoot, `${el.localName} rendered`);
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      expect(visible(el.querySelector('p')), `${el.localName} fallback hidden once defined`).to.equal(false);
      expect(getComputedStyle(el).borderTopWidth, `${el.localName}: no fallback style once defined`).not.to.equal(
        '1px',
      );
    }
  });

  it('shows the page notice only when the loader gave up', async () => {
    const notice = await fixture<HTMLElement>(
      html`<p data-dvc-load-notice hidden>Không tải được — could not load.</p>`,
    );
    expect(visible(notice)).to.equal(false);
    document.documentElement.setAttribute('data-dvc-load-failed', '');
    try {
      expect(visible(notice)).to.equal(true);
    } finally {
      document.documentElement.removeAttribute('data-dvc-load-failed');
    }
  });
});
