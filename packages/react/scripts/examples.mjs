/**
 * Usage examples in the generated wrappers' JSDoc, by tag (the rest of each comment comes from
 * the custom elements manifest). An element without an entry gets no `@example`.
 */
export const EXAMPLES = {
  'dvc-provider':
    '<DvcProvider endpoint="https://dvc.xa-ea-bung.gov.vn/api" lang="vi"><DvcDossierStatus /></DvcProvider>',
  'dvc-procedure-search':
    '<DvcProcedureSearch agency="000.24.66.H66" onProcedureSelect={(e) => setCode(e.detail.code)} />',
  'dvc-dossier-form':
    '<DvcDossierForm procedureCode="1.001193" agency="000.24.66.H66" onSubmit={(e) => show(e.detail.receipt)} />',
  'dvc-dossier-status': '<DvcDossierStatus code={code} onStatusLoad={(e) => track(e.detail.status.status)} />',
  'dvc-rating': '<DvcRating dossier={code} verify="5678" onRated={() => setRated(true)} />',
  'dvc-digitization-board': '<DvcDigitizationBoard agency="000.24.66.H66" />',
  'dvc-sign-in': '<DvcProvider endpoint={gateway} accounts><DvcSignIn /></DvcProvider>',
  'dvc-my-dossiers': '<DvcProvider endpoint={gateway} accounts><DvcMyDossiers pageSize={10} /></DvcProvider>',
  'dvc-supplement-answer':
    '<DvcSupplementAnswer code={code} verify="5678" request={view.supplement} onSupplementSent={() => reload()} />',
  'dvc-citizen-id-input': '<DvcCitizenIdInput name="cccd" label="Số định danh cá nhân" required onChange={save} />',
  'dvc-phone-input': '<DvcPhoneInput name="phone" label="Số điện thoại" required onChange={save} />',
  'dvc-date-input': '<DvcDateInput name="dob" label="Ngày sinh" max="2025-12-31" onChange={save} />',
  'dvc-unit-picker': '<DvcUnitPicker name="commune" label="Nơi cư trú" onChange={save} />',
  'dvc-file-input':
    '<DvcFileInput name="docs" label="Giấy tờ đính kèm" accept="application/pdf" multiple onChange={save} />',
};
