import { useEffect, useState } from 'react';
import { createPublicClient, type DossierReceipt, type PublicAgency } from '@dvc-kit/client/public';
import {
  DvcDossierForm,
  DvcDossierStatus,
  DvcMyDossiers,
  DvcProcedureSearch,
  DvcProvider,
  DvcRating,
  DvcSignIn,
} from '@dvc-kit/react';

type View =
  | { kind: 'search' }
  | { kind: 'submit'; code: string; name: string }
  | { kind: 'track'; code?: string }
  | { kind: 'mine' };

/**
 * A custom portal in four screens — search, submit, track, "Hồ sơ của tôi" — built from the
 * React wrappers. `accounts` on the provider turns on VNeID sign-in (when the gateway has it):
 * the form pre-fills and locks the verified applicant fields.
 */
export function App({ endpoint, agency }: { endpoint: string; agency: string }) {
  const [view, setView] = useState<View>({ kind: 'search' });
  const [receipts, setReceipts] = useState<DossierReceipt[]>([]);
  const [agencyInfo, setAgencyInfo] = useState<PublicAgency>();
  const [rated, setRated] = useState<string>();

  // Plain data calls go through the same public client the widgets use.
  useEffect(() => {
    const client = createPublicClient({ endpoint });
    const controller = new AbortController();
    client
      .agencies({ province: '66' }, { signal: controller.signal })
      .then((agencies) => setAgencyInfo(agencies.find((a) => a.code === agency)))
      .catch(() => undefined);
    return () => controller.abort();
  }, [endpoint, agency]);

  return (
    <DvcProvider endpoint={endpoint} accounts>
      <header>
        <h1>{agencyInfo?.name.vi ?? 'Dịch vụ công'}</h1>
        <nav aria-label="Chức năng">
          <button
            type="button"
            aria-pressed={view.kind === 'search' || view.kind === 'submit'}
            onClick={() => setView({ kind: 'search' })}
          >
            Tìm và nộp hồ sơ
          </button>
          <button type="button" aria-pressed={view.kind === 'track'} onClick={() => setView({ kind: 'track' })}>
            Tra cứu hồ sơ
          </button>
          <button type="button" aria-pressed={view.kind === 'mine'} onClick={() => setView({ kind: 'mine' })}>
            Hồ sơ của tôi
          </button>
        </nav>
        <DvcSignIn />
      </header>
      <main>
        {view.kind === 'search' && (
          <DvcProcedureSearch
            agency={agency}
            onProcedureSelect={(e) => setView({ kind: 'submit', code: e.detail.code, name: e.detail.name })}
          />
        )}
        {view.kind === 'submit' && (
          <section>
            <h2>{view.name}</h2>
            <DvcDossierForm
              procedureCode={view.code}
              agency={agency}
              onSubmit={(e) => setReceipts((list) => [e.detail.receipt, ...list])}
            />
          </section>
        )}
        {view.kind === 'track' && (
          <section>
            <DvcDossierStatus code={view.code ?? ''} onStatusLoad={(e) => setRated(e.detail.status.code)} />
            {rated && <DvcRating dossier={rated} />}
          </section>
        )}
        {view.kind === 'mine' && (
          <section>
            <DvcMyDossiers pageSize={10} />
          </section>
        )}
        {receipts.length > 0 && (
          <aside aria-label="Hồ sơ đã nộp">
            <h2>Hồ sơ đã nộp trong phiên này</h2>
            <ul>
              {receipts.map((r) => (
                <li key={r.code}>
                  <button type="button" onClick={() => setView({ kind: 'track', code: r.code })}>
                    {r.code}
                  </button>
                </li>
              ))}
            </ul>
          </aside>
        )}
      </main>
    </DvcProvider>
  );
}
