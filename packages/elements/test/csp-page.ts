/**
 * Runs inside /__dvc-test/csp.html, which the test server sends with a strict
 * Content-Security-Policy (script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'). Renders every element with hostile text and
 * publishes what happened on `window.cspResult` for csp.test.ts.
 */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));

const XSS = '<img src=x onerror="window.pwned=1">';

async function run() {
  await import('../src/define/all');
  const { loadUnits } = await import('../src/components/unit-picker/units-loader');
  for (const tag of [
    'dvc-citizen-id-input',
    'dvc-phone-input',
    'dvc-date-input',
    'dvc-unit-picker',
    'dvc-file-input',
  ]) {
    const el = document.createElement(tag) as HTMLElement & {
      updateComplete: Promise<boolean>;
      reportValidity(): boolean;
    };
    el.setAttribute('label', `Thủ tục ${XSS}`);
    el.setAttribute('hint', XSS);
    el.setAttribute('required', '');
    // The unit tables from the bundle: this page's connect-src allows no gateway.
    if (tag === 'dvc-unit-picker') el.setAttribute('bundled', '');
    const provider = document.createElement('dvc-provider');
    provider.setAttribute('endpoint', 'https://dvc.example.gov.vn/api');
    provider.setAttribute('large-text', '');
    provider.append(el);
    document.body.append(provider);
    await el.updateComplete;
    el.reportValidity();
    await el.updateComplete;
  }
  // Phase 2b widgets, given hostile server data as properties (status, board) or driven into their error state (rating).
  const { publicApiExamples } = await import('@dvc-kit/core/testing');
  const view = publicApiExamples.DossierStatusView;
  const metrics = publicApiExamples.DigitizationMetrics;
  const widgets: [string, Record<string, unknown>][] = [
    [
      'dvc-dossier-status',
      { status: { ...view, procedureName: { vi: `Thủ tục ${XSS}` }, statusLabel: undefined, workingDaysLeft: null } },
    ],
    ['dvc-rating', { dossier: view.code }],
    ['dvc-digitization-board', { metrics: { ...metrics, agency: { ...metrics.agency, name: { vi: `Xã ${XSS}` } } } }],
  ];
  for (const [tag, props] of widgets) {
    const el = Object.assign(document.createElement(tag), props) as unknown as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    const provider = document.createElement('dvc-provider');
    provider.setAttribute('endpoint', 'https://dvc.example.gov.vn/api');
    provider.append(el);
    document.body.append(provider);
    await el.updateComplete;
  }
  // Phase 2a: search over hostile names, a dossier form on its error-summary state, and a receipt with a QR code.
  const { birthRegistrationForm } = await import('@dvc-kit/core/testing');
  const summary = {
    code: '1.001193',
    name: { vi: `Thủ tục ${XSS}` },
    field: { code: 'HT', name: { vi: 'Hộ tịch' } },
    level: 'commune',
    channels: ['online'],
    processingTime: { amount: 1, unit: 'working-days' },
  };
  const procedure = {
    ...summary,
    code: `csp-${Date.now()}`,
    agency: { code: '000.24.66.H66', name: { vi: 'Xã' } },
    steps: [],
    fees: [],
    requiredDocuments: [],
    resultDocuments: [],
    legalBases: [],
    form: { ...birthRegistrationForm, title: { vi: `Biểu mẫu ${XSS}` } },
  };
  const receipt = {
    code: '000.24.66.H66-250701-0007',
    procedureCode: '1.001193',
    procedureName: { vi: `Thủ tục ${XSS}` },
    agencyCode: '000.24.66.H66',
    receivedAt: '2025-07-01T09:12:00+07:00',
    dueAt: '2025-07-02T09:12:00+07:00',
    status: 'registered',
  };
  for (const [tag, props] of [
    ['dvc-procedure-search', { procedures: [summary] }],
    ['dvc-dossier-form', { procedure, noDraft: true }],
    ['dvc-dossier-form', { receipt }],
  ] as const) {
    const el = Object.assign(document.createElement(tag), props) as unknown as HTMLElement & {
      updateComplete: Promise<boolean>;
      search?: () => Promise<void>;
    };
    document.body.append(el);
    await el.updateComplete;
    if (el.search) {
      el.shadowRoot!.querySelector('input')!.value = 'thu tuc';
      el.shadowRoot!.querySelector('input')!.dispatchEvent(new Event('input'));
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 50));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await new Promise((r) => setTimeout(r, 50));
  }
  const rating = document.querySelector('dvc-rating')!;
  rating.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  const board = document.querySelector('dvc-digitization-board') as HTMLElement & {
    showTable: boolean;
    updateComplete: Promise<boolean>;
  };
  await board.updateComplete;
  board.shadowRoot!.querySelector('svg')!.setAttribute('data-seen', '');
  board.showTable = true;
  await board.updateComplete;
  await loadUnits();
  const file = document.querySelector('dvc-file-input') as HTMLElement & {
    addFiles(f: File[]): Promise<void>;
    updateComplete: Promise<boolean>;
  };
  await file.addFiles([new File(['x'], `${XSS}.pdf`, { type: 'application/pdf' })]);
  await file.updateComplete;
  await new Promise((r) => setTimeout(r, 50));

  const roots = [...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
  const result = {
    violations: [...violations],
    elements: roots.length,
    images: roots.reduce((n, r) => n + r.querySelectorAll('img').length, 0),
    textShown: roots.filter((r) => r.textContent!.includes(XSS)).length,
    pwned: 'pwned' in window,
    adopted: roots.every((r) => r.adoptedStyleSheets.length > 0 && r.querySelectorAll('style').length === 0),
    enforced: false,
  };
  // Negative control: the policy really is active (a string into innerHTML is refused).
  try {
    document.createElement('div').innerHTML = '<b>x</b>';
  } catch {
    result.enforced = true;
  }
  (window as unknown as { cspResult: typeof result }).cspResult = result;
  window.dispatchEvent(new Event('csp-done'));
}

void run();
