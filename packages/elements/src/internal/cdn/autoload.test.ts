import { expect, waitUntil } from '@open-wc/testing';
import { autoload, type ElementLoaders, type WidgetChunk } from './autoload';
import { LAZY_ELEMENTS } from './lazy-elements';
import { ELEMENTS } from '../../define/define-all';

let n = 0;
/** A fresh tag name per test: a tag can be registered only once per page. */
const tag = (name: string) => `dvc-autoload-${name}-${n++}`;

/** A chunk that registers `tags` as plain elements (with an open shadow root holding `inner`). */
function chunk(tags: string[], inner = ''): WidgetChunk {
  return {
    defineWidgets() {
      for (const t of tags) {
        customElements.define(
          t,
          class extends HTMLElement {
            connectedCallback() {
              if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = inner;
            }
          },
        );
      }
    },
  };
}

describe('autoload', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    document.querySelectorAll('[data-autoload-test]').forEach((el) => el.remove());
  });
  const mount = (html: string) => {
    const box = document.createElement('div');
    box.dataset.autoloadTest = '';
    box.innerHTML = html;
    document.body.append(box);
    return box;
  };

  it('loads a chunk only when its tag appears, once, and registers tags found together in one task', async () => {
    const [a, b, unused] = [tag('a'), tag('b'), tag('unused')];
    const calls: string[] = [];
    let sameTask = false;
    const loaders: ElementLoaders = {
      [a]: async () => (calls.push(a), chunk([a])),
      [b]: async () => {
        calls.push(b);
        await new Promise((r) => setTimeout(r, 50)); // arrives later than a's chunk
        return chunk([b]);
      },
      [unused]: async () => (calls.push(unused), chunk([unused])),
    };
    stops.push(autoload(loaders));
    mount(`<${a}></${a}><${b}></${b}><${a}></${a}>`);
    void customElements.whenDefined(a).then(() => (sameTask = customElements.get(b) !== undefined));
    await waitUntil(() => customElements.get(a) && customElements.get(b), 'both registered');
    await Promise.resolve();
    expect(calls).to.deep.equal([a, b]);
    expect(sameTask, 'a waited for b').to.equal(true);
  });

  it("finds a tag inside another element's shadow root", async () => {
    const [outer, inner] = [tag('outer'), tag('inner')];
    const loaders: ElementLoaders = {
      [outer]: async () => chunk([outer], `<p>x</p>`),
      [inner]: async () => chunk([inner]),
    };
    stops.push(autoload(loaders));
    const box = mount(`<${outer}></${outer}>`);
    await waitUntil(() => customElements.get(outer), 'outer registered');
    await waitUntil(() => box.querySelector(outer)!.shadowRoot, 'outer rendered');
    box.querySelector(outer)!.shadowRoot!.append(document.createElement(inner));
    await waitUntil(() => customElements.get(inner), 'inner registered from the shadow root');
  });

  it('asks again for a chunk that failed, on `online`', async () => {
    const t = tag('flaky');
    let attempts = 0;
    stops.push(
      autoload({ [t]: async () => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch')) : chunk([t])) }),
    );
    mount(`<${t}></${t}>`);
    await waitUntil(() => attempts === 1, 'first attempt');
    await new Promise((r) => setTimeout(r, 20));
    expect(customElements.get(t)).to.equal(undefined);
    dispatchEvent(new Event('online'));
    await waitUntil(() => customElements.get(t), 'registered after online');
    expect(attempts).to.equal(2);
  });

  it('the CDN file loads every element but <dvc-provider> lazily', () => {
    expect(Object.keys(LAZY_ELEMENTS).sort()).to.deep.equal(
      Object.keys(ELEMENTS)
        .filter((t) => t !== 'dvc-provider')
        .sort(),
    );
  });
});
