import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ProcedureDetail, SessionView } from '@dvc-kit/core';
import { idbAll } from '../../internal/idb/idb';
import { SESSION_EVENT } from '../../internal/accounts/session-controller';
import { DvcProvider } from '../provider/provider';
import { DvcDossierForm } from '../dossier-form/dossier-form';
import { DvcMyDossiers } from '../my-dossiers/my-dossiers';
import { DvcSignIn } from './sign-in';
import { stack } from '../../../test/stack';

DvcProvider.define();
DvcSignIn.define();
DvcDossierForm.define();
DvcMyDossiers.define();

const HNHI: SessionView = {
  signedIn: true,
  required: false,
  name: "H'Nhi Niê",
  accountType: 'citizen',
  verified: {
    fullName: "H'Nhi Niê",
    citizenId: '066185001234',
    birthDate: '1985-04-12',
    phone: '0935123456',
    email: 'hnhi.nie@example.vn',
  },
};

/** Sets the provider's session the way its own `refreshSession()` does: the property, then the event. */
function setSession(provider: DvcProvider, session: SessionView): void {
  provider.session = session;
  provider.dispatchEvent(new CustomEvent(SESSION_EVENT));
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('signed-in citizens: <dvc-sign-in>, the verified pre-fill, <dvc-my-dossiers>', () => {
  it('shows "Đăng nhập bằng VNeID", then the name and a sign-out button; axe-clean both ways, in vi and en', async () => {
    const provider = await fixture<DvcProvider>(
      html`<dvc-provider accounts><dvc-sign-in></dvc-sign-in></dvc-provider>`,
    );
    const signIn = provider.querySelector<DvcSignIn>('dvc-sign-in')!;
    setSession(provider, { signedIn: false, required: false });
    await signIn.updateComplete;
    expect(text(signIn)).to.include('Đăng nhập bằng VNeID');
    await expect(signIn).to.be.accessible();
    setSession(provider, HNHI);
    await signIn.updateComplete;
    expect(text(signIn)).to.include("Đã đăng nhập: H'Nhi Niê");
    expect(signIn.shadowRoot!.querySelector('button')!.textContent).to.include('Đăng xuất');
    await expect(signIn).to.be.accessible();
    provider.setAttribute('lang', 'en');
    await waitUntil(() => text(signIn).includes('Signed in'), 'English');
    expect(text(signIn)).to.include('Sign out');
  });

  it('pre-fills the applicant section from verified claims, locked and marked; drafts never keep them; signing out clears them', async () => {
    const { gateway } = await stack();
    const procedure = (await (await fetch(`${gateway}/v1/procedures/1.001193`)).json()) as ProcedureDetail;
    // The provider has no endpoint, so it asks no gateway; the test sets the session itself.
    const provider = await fixture<DvcProvider>(html`<dvc-provider accounts>
      <dvc-dossier-form endpoint=${gateway} .procedure=${procedure}></dvc-dossier-form>
    </dvc-provider>`);
    const form = provider.querySelector<DvcDossierForm>('dvc-dossier-form')!;
    setSession(provider, HNHI);
    await waitUntil(() => form.shadowRoot!.querySelector('[data-verified]'), 'locked fields', { timeout: 10000 });
    const locked = [...form.shadowRoot!.querySelectorAll('[data-verified]')].map((f) =>
      f.getAttribute('data-verified'),
    );
    const sectionIds = procedure.form.sections[0]!.fields.map((f) => `applicant.${f.id}`);
    expect([...locked].sort()).to.deep.equal(
      ['applicant.fullName', 'applicant.citizenId', 'applicant.birthDate', 'applicant.phone', 'applicant.email']
        .filter((p) => sectionIds.includes(p))
        .sort(),
    );
    const name = form.shadowRoot!.querySelector<HTMLInputElement>('#f-applicant-fullName')!;
    expect(name.readOnly).to.equal(true);
    expect(name.value).to.equal("H'Nhi Niê");
    expect(text(form)).to.include('Đã xác thực qua VNeID');
    await expect(form).to.be.accessible();
    // The draft written on the next change holds no claim.
    form.set('applicant.address', { provinceCode: '66', communeCode: '22015', street: 'Buôn Ea Bung' });
    await form.draftSaved;
    expect(JSON.stringify(await idbAll('drafts'))).to.include('Buôn Ea Bung');
    const drafts = JSON.stringify(await idbAll('drafts'));
    expect(drafts).not.to.include('066185001234');
    expect(drafts).not.to.include("H'Nhi");
    setSession(provider, { signedIn: false, required: false });
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[data-verified]')).to.equal(null);
    expect((form.data.applicant as Record<string, unknown> | undefined)?.fullName).to.equal(undefined);
  });

  it('<dvc-my-dossiers> asks a signed-out citizen to sign in, axe-clean', async () => {
    const provider = await fixture<DvcProvider>(
      html`<dvc-provider accounts><dvc-my-dossiers></dvc-my-dossiers></dvc-provider>`,
    );
    const mine = provider.querySelector<DvcMyDossiers>('dvc-my-dossiers')!;
    setSession(provider, { signedIn: false, required: false });
    await mine.updateComplete;
    expect(text(mine)).to.include('Đăng nhập bằng VNeID để xem các hồ sơ bạn đã nộp');
    await expect(mine).to.be.accessible();
  });
});
