import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { PROXIED_GATEWAY, setNetworkDown, stack } from '../../../test/stack';
import type { DvcFileInput } from '../../components/file-input/file-input';
import '../../components/file-input/file-input.define';
import { registerMessages } from '../i18n/widget-messages';
import { GatewayRequest } from './gateway-request';

/** A bare host: the controller needs only `resolvedEndpoint` and the Lit controller hooks. */
class RequestHost extends LitElement {
  resolvedEndpoint?: string;
  updates = 0;
  readonly gateway = new GatewayRequest(this, () => 'en', { notFound: 'test.not-found' });

  protected override updated(): void {
    this.updates++;
  }
}
customElements.define('dvc-test-request-host', RequestHost);

async function host(endpoint?: string): Promise<RequestHost> {
  const el = await fixture<RequestHost>(html`<dvc-test-request-host></dvc-test-request-host>`);
  el.resolvedEndpoint = endpoint;
  return el;
}

describe('GatewayRequest (internal/client)', () => {
  it('calls the real gateway with the loaded client, loading while it runs', async () => {
    const el = await host((await stack()).gateway);
    const call = el.gateway.run((client) => client.units({ q: 'Ea' }));
    expect(el.gateway.loading).to.equal(true);
    const units = await call;
    expect(units?.length).to.be.greaterThan(0);
    expect(el.gateway.loading).to.equal(false);
    expect(el.gateway.problem).to.equal(undefined);
    await el.updateComplete;
    expect(el.updates).to.be.greaterThan(1);
  });

  it('says there is no endpoint without calling anything', async () => {
    const el = await host(undefined);
    let called = false;
    const result = await el.gateway.run(async () => {
      called = true;
      return 1;
    });
    expect(result).to.equal(undefined);
    expect(called).to.equal(false);
    expect(el.gateway.problem).to.deep.equal({ key: 'request.no-endpoint', retryable: false });
  });

  it('rejects a direct call with no endpoint with an error every widget reads as "no server address"', async () => {
    const el = await host(undefined);
    const error = await el.gateway.client().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(el.gateway.describe(error)).to.deep.equal({ key: 'request.no-endpoint', retryable: false });
    // The dossier form's uploader is this call: the file input in it says what is missing, not
    // "upload failed" (the request texts are registered by every widget that calls the gateway).
    registerMessages();
    const input = await fixture<DvcFileInput>(html`<dvc-file-input lang="vi" name="docs"></dvc-file-input>`);
    input.uploader = async (file, { signal }) => (await el.gateway.client()).upload(file, { signal });
    await input.addFiles([new File(['%PDF-1.4'], 'to-khai.pdf', { type: 'application/pdf' })]);
    await waitUntil(() => input.shadowRoot!.querySelector('li.failed'), 'the upload fails', { timeout: 5000 });
    expect(input.shadowRoot!.querySelector('li.failed')!.textContent).to.contain('Chưa cấu hình địa chỉ máy chủ');
  });

  it("maps a 404 to the widget's not-found key and a cut network to the offline message", async () => {
    const el = await host((await stack()).gateway);
    await el.gateway.run((client) => client.getDossierStatus('000.24.66.H66-991231-9998', '1234'));
    expect(el.gateway.problem?.key).to.equal('test.not-found');
    const offline = await host(PROXIED_GATEWAY);
    await setNetworkDown(true);
    try {
      await offline.gateway.run((client) => client.units({ q: 'Ea' }));
    } finally {
      await setNetworkDown(false);
    }
    expect(offline.gateway.problem).to.include({ key: 'request.offline', retryable: true });
  });

  it('lets the latest call win: an earlier one is aborted and its outcome dropped', async () => {
    const el = await host((await stack()).gateway);
    let aborted = false;
    const first = el.gateway.run(
      (_client, signal) =>
        new Promise<string>((_resolve, reject) => {
          const stop = () => {
            aborted = true;
            reject(new Error('aborted'));
          };
          if (signal.aborted) stop();
          else signal.addEventListener('abort', stop);
        }),
    );
    const second = el.gateway.run(async () => 'second');
    expect(await second).to.equal('second');
    expect(await first).to.equal(undefined);
    expect(aborted).to.equal(true);
    expect(el.gateway.problem).to.equal(undefined);
    expect(el.gateway.loading).to.equal(false);
  });

  it('gives the client for calls the widget handles itself, and rejects without an endpoint', async () => {
    const el = await host((await stack()).gateway);
    const units = await (await el.gateway.client()).units({ q: 'Ea' });
    expect(units.length).to.be.greaterThan(0);
    const none = await host(undefined);
    let failure: unknown;
    await none.gateway.client().catch((e: unknown) => (failure = e));
    expect(failure).to.be.instanceOf(Error);
    expect(none.gateway.loading).to.equal(false);
    expect(none.gateway.problem).to.equal(undefined);
  });

  it("describes a real failure with the widget's keys, through the client's guards", async () => {
    const el = await host((await stack()).gateway);
    const failure = await (
      await el.gateway.client()
    )
      .getDossierStatus('000.24.66.H66-991231-9998', '1234')
      .catch((e: unknown) => e);
    expect(el.gateway.describe(failure)).to.deep.equal({ key: 'test.not-found', retryable: false });
    expect(el.gateway.describe(new TypeError('Failed to fetch'))).to.deep.equal({
      key: 'request.offline',
      retryable: true,
    });
  });
});
