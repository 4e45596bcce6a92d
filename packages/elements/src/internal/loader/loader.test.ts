import { expect, waitUntil } from '@open-wc/testing';
import { LOAD_FAILED_ATTRIBUTE, RETRY_PARAM, retryUrl } from './load-with-retry';

/** The wtr loader page (test/flaky-bundle-endpoint.mjs) in an iframe, under the strict CSP. */
async function openLoaderPage(
  query: string,
): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.src = `/__dvc-test/loader.html?${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  return { frame, win, doc: win.document };
}

async function requestsOf(key: string): Promise<string[]> {
  return ((await (await fetch(`/__dvc-test/flaky-bundle-log?key=${key}`)).json()) as { requests: string[] }).requests;
}

const visible = (el: Element | null): boolean => !!el && el.getClientRects().length > 0;
let keys = 0;
const newKey = () => `k${Date.now()}-${keys++}`;

describe('dvc-loader', () => {
  it('gives each retry its own URL and keeps the first one as written', () => {
    expect(retryUrl('/vendor/dvc-elements.js', 0)).to.equal(new URL('/vendor/dvc-elements.js', location.href).href);
    const retry = new URL(retryUrl('/vendor/dvc-elements.js?v=2', 3));
    expect(retry.searchParams.get('v')).to.equal('2');
    expect(retry.searchParams.get(RETRY_PARAM)).to.equal('3');
  });

  it('retries a failed bundle under the strict CSP and the widget replaces its fallback', async () => {
    const key = newKey();
    const { frame, win, doc } = await openLoaderPage(`key=${key}&fail=2&retries=3`);
    expect(() => win.eval('1'), 'the policy is active (negative control)').to.throw();
    await waitUntil(() => win.customElements.get('dvc-dossier-status'), 'the widget is defined after the retries', {
      timeout: 5000,
    });
    const status = doc.querySelector('dvc-dossier-status')!;
    await waitUntil(() => status.shadowRoot?.querySelector('input'), 'the widget rendered');
    expect(visible(doc.getElementById('fallback')), 'fallback hidden once defined').to.equal(false);
    expect(doc.documentElement.hasAttribute(LOAD_FAILED_ATTRIBUTE)).to.equal(false);
    expect(visible(doc.getElementById('notice'))).to.equal(false);
    const requests = await requestsOf(key);
    expect(requests).to.have.length(3);
    expect(requests[0]).not.to.contain(RETRY_PARAM);
    expect(requests[1]).to.contain(`${RETRY_PARAM}=1`);
    expect(requests[2]).to.contain(`${RETRY_PARAM}=2`);
    frame.remove();
  });

  it('after the last retry marks <html>, keeps the fallback and shows the notice; `online` tries again', async () => {
    const key = newKey();
    const { frame, win, doc } = await openLoaderPage(`key=${key}&fail=3&retries=2`);
    await waitUntil(() => doc.documentElement.hasAttribute(LOAD_FAILED_ATTRIBUTE), 'load-failed attribute set', {
      timeout: 5000,
    });
    expect(await requestsOf(key)).to.have.length(3);
    expect(win.customElements.get('dvc-dossier-status')).to.equal(undefined);
    const fallback = doc.getElementById('fallback')!;
    expect(visible(fallback)).to.equal(true);
    expect(fallback.querySelector('a')!.getBoundingClientRect().height).to.be.at.least(44);
    expect(visible(doc.getElementById('notice')), 'the page notice shows').to.equal(true);

    // The connection comes back: the browser fires `online` and the bundle now loads.
    win.dispatchEvent(new win.Event('online'));
    await waitUntil(() => win.customElements.get('dvc-dossier-status'), 'loaded on `online`', { timeout: 5000 });
    await waitUntil(() => !doc.documentElement.hasAttribute(LOAD_FAILED_ATTRIBUTE), 'attribute cleared');
    expect(await requestsOf(key)).to.have.length(4);
    await waitUntil(() => !visible(fallback), 'fallback hidden once defined');
    expect(visible(doc.getElementById('notice'))).to.equal(false);
    frame.remove();
  });
});
