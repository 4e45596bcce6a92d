import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { stack } from '../../../test/stack';
import { DvcDossierForm } from './dossier-form';

DvcDossierForm.define();

describe('<dvc-dossier-form procedure-param>', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('loads the procedure named in the page address (the page form-url opens) from the real gateway', async () => {
    const { gateway } = await stack();
    history.replaceState(null, '', `${location.pathname}?code=1.001193`);
    const el = await fixture<DvcDossierForm>(
      html`<dvc-dossier-form endpoint=${gateway} procedure-param="code" no-draft></dvc-dossier-form>`,
    );
    expect(el.procedureCode).to.equal('1.001193');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Người nộp hồ sơ'), 'the form loaded', {
      timeout: 10_000,
    });
  });

  it('takes only a procedure code from the address, and never overrides `procedure`', async () => {
    history.replaceState(null, '', `${location.pathname}?code=${encodeURIComponent('<img src=x>')}`);
    const bad = await fixture<DvcDossierForm>(html`<dvc-dossier-form procedure-param="code"></dvc-dossier-form>`);
    expect(bad.procedureCode).to.equal('');
    history.replaceState(null, '', `${location.pathname}?code=1.001193`);
    const given = await fixture<DvcDossierForm>(
      html`<dvc-dossier-form procedure="1.000894" procedure-param="code"></dvc-dossier-form>`,
    );
    expect(given.procedureCode).to.equal('1.000894');
  });
});
