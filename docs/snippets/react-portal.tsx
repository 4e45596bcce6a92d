import { useState } from 'react';
import { DvcDossierForm, DvcDossierStatus, DvcProcedureSearch, DvcProvider } from '@dvc-kit/react';

/** Search → submit → track, with typed props and events. */
export function Portal() {
  const [procedure, setProcedure] = useState<string>();
  const [code, setCode] = useState<string>();
  return (
    <DvcProvider endpoint="https://dvc.xa-ea-bung.gov.vn/api">
      {!procedure && (
        <DvcProcedureSearch agency="000.50.20.H66" onProcedureSelect={(e) => setProcedure(e.detail.code)} />
      )}
      {procedure && !code && (
        <DvcDossierForm procedureCode={procedure} onSubmit={(e) => setCode(e.detail.receipt.code)} />
      )}
      {code && <DvcDossierStatus code={code} />}
    </DvcProvider>
  );
}
