import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DossierReceipt, DossierSubmission, ProcedureDetail } from '@dvc-kit/client/public';
import {
  SESSION_WRITE_HEADER,
  copyAnswers,
  isFieldVisible,
  toSubmissionParts,
  validateFormData,
  vietnamDateKey,
  type FieldError,
  type FormDefinition,
  type LocalizedText,
} from '@dvc-kit/core';
import { DvcElement } from '../../internal/base/dvc-element';
import { DvcCitizenIdInput } from '../citizen-id-input/citizen-id-input';
import { DvcDateInput } from '../date-input/date-input';
import { isProblemError } from '@dvc-kit/client/errors/guards';
import { GatewayRequest } from '../../internal/client/gateway-request';
import { NO_ENDPOINT, type RequestProblem } from '../../internal/client/request-error';
import { deleteDraft, draftKey, loadDraft, saveDraft, type Draft } from '../../internal/drafts/draft-store';
import { renderErrorSummary, type ErrorSummaryItem } from '../../internal/error-summary/error-summary';
import { DvcFileInput } from '../file-input/file-input';
import type { Uploader } from '../file-input/uploader';
import type { DvcFormControl } from '../../internal/form/dvc-form-control';
import { localizedText } from '../../internal/i18n/localized-text';
import { createOutbox, type Outbox, type OutboxEntry } from '../../internal/outbox/outbox';
import { DvcPhoneInput } from '../phone-input/phone-input';
import { formatVietnamDateTime } from '../../internal/receipt/format-datetime';
import type { ReceiptExtras } from '../../internal/receipt/receipt-view';
import { receiptStyles } from '../../internal/receipt/receipt.styles';
import { fieldStyles } from '../../internal/styles/field.styles';
import { DvcUnitPicker } from '../unit-picker/unit-picker';
import { dossierFormStyles } from './dossier-form.styles';
import { formMessages, type FormMessageKey } from './form-messages';
import { registerMessages } from '../../internal/i18n/widget-messages';

registerMessages(formMessages);
import { domId, getAt, pathAncestors, setAt } from './form-data';
import type { ReviewHost } from './steps/review-step';
import { renderReview } from './steps/review-step';
import { renderField } from './steps/widget-fields';
import { SessionController } from '../../internal/accounts/session-controller';
import { signInMessages } from '../sign-in/messages';
import { VerifiedPrefill, verifiedStyles } from './verified-prefill';

registerMessages(signInMessages);

/** Detail of `dvc-submit`: the appointment receipt (phiếu hẹn) the gateway returned. */
export interface DossierSubmitDetail {
  receipt: DossierReceipt;
}

/** Detail of `dvc-step-change`; `id` is the section id, or `'review'` on the review step. */
export interface StepChangeDetail {
  /** 0-based step; `total - 1` is the review. */
  index: number;
  id: string;
  total: number;
}

/** Detail of `dvc-draft-restored`. */
export interface DraftRestoredDetail {
  /** When the draft was last saved (ISO 8601). */
  savedAt: string;
  /** The step the citizen continues at. */
  step: number;
}

/** How long typing must pause before the draft is written. */
const DRAFT_DELAY_MS = 300;

type View = 'loading' | 'load-error' | 'steps' | 'submitting' | 'queued' | 'receipt';

/** A procedure code taken from the page's address (`procedure-param`): mã TTHC such as `1.001193`. */
const PAGE_PROCEDURE_CODE = /^[0-9A-Za-z.-]{1,40}$/;

const newKey = () =>
  crypto.randomUUID?.() ??
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * @tagname dvc-dossier-form
 * @summary Files a dossier (hồ sơ) for one procedure: the procedure's form definition as
 * steps (applicant → details → documents), a "check your answers" review with change
 * links, submission, and the appointment receipt (phiếu hẹn) with a QR code. Validation
 * is core's `validateFormData` (the gateway runs the same), with messages at each field
 * and a GOV.UK error summary that takes focus. The draft is saved in IndexedDB on every
 * change and offered back after a reload; a submission made offline waits in an
 * IndexedDB outbox and is sent once, with the same idempotency key, when the connection
 * returns. Give `.procedure` to skip the `GET /v1/procedures/{code}` request.
 *
 * @csspart error-summary - The error summary box.
 * @csspart receipt - The receipt.
 * @csspart qr - The QR code (SVG).
 * @fires {CustomEvent<StepChangeDetail>} dvc-step-change - The step changed: `{ index, id, total }` (`StepChangeDetail`; `id` is `'review'` on the review step).
 * @fires {CustomEvent<DossierSubmitDetail>} dvc-submit - The dossier was received: `{ receipt }` (`DossierSubmitDetail`).
 * @fires {CustomEvent<DraftRestoredDetail>} dvc-draft-restored - The citizen chose to continue a saved draft: `{ savedAt, step }` (`DraftRestoredDetail`).
 *
 * @example
 * ```html
 * <dvc-dossier-form endpoint="https://dvc.xa-ea-bung.gov.vn/api" procedure="1.001193" agency="000.24.66.H66"></dvc-dossier-form>
 * <!-- thu-tuc.html?code=1.001193, opened by <dvc-procedure-search form-url="thu-tuc.html?code={code}"> -->
 * <dvc-dossier-form procedure-param="code" agency="000.24.66.H66"></dvc-dossier-form>
 * ```
 */
export class DvcDossierForm extends DvcElement<FormMessageKey> {
  static override defaultTag = 'dvc-dossier-form';
  static override styles = [...DvcElement.styles, fieldStyles, dossierFormStyles, receiptStyles, verifiedStyles];

  /** Procedure code (mã TTHC — wire: MaTTHC) whose form is loaded from the gateway. */
  @property({ attribute: 'procedure' }) procedureCode = '';
  /**
   * When `procedure` is empty, read the procedure code from this query parameter of the page's
   * address: the page `<dvc-procedure-search form-url="thu-tuc.html?code={code}">` opens holds
   * `<dvc-dossier-form procedure-param="code">`, and needs no script. Only codes of letters,
   * digits, `.` and `-` are taken.
   */
  @property({ attribute: 'procedure-param' }) procedureParam = '';
  /** Receiving agency code (mã cơ quan — wire: MaCoQuan). @default the procedure's agency */
  @property() agency = '';
  /** The procedure with its form (skips the request when given). */
  @property({ attribute: false }) procedure?: ProcedureDetail;
  /** Form data `data[sectionId][fieldId]`; set it to prefill (e.g. assisted filing at the one-stop office). */
  @property({ attribute: false }) data: Record<string, unknown> = {};
  /** A receipt to show (set after submission; set it yourself to show a stored one). */
  @property({ attribute: false }) receipt?: DossierReceipt;
  /** Do not keep drafts on this device (e.g. a shared computer at the one-stop office). */
  @property({ type: Boolean, attribute: 'no-draft' }) noDraft = false;
  /**
   * The site's status look-up page, `{code}` standing for the dossier code (e.g. `/?ma={code}#tra-cuu`),
   * absolute or relative to the page. The receipt's QR code and link open it with the code filled in,
   * so a citizen who scans the QR types only the 4 digits; an address too long for a QR code is left
   * out of it (the QR then holds the code). @default '' (no link; the QR holds the code only)
   */
  @property({ attribute: 'status-url' }) statusUrl = '';

  @state() private view: View = 'loading';
  @state() private step = 0;
  @state() private errors: FieldError[] = [];
  @state() private summary: ErrorSummaryItem[] = [];
  @state() private messages = new Map<string, string[]>();
  @state() private draftOffer?: Draft;
  @state() private consent = false;
  /** Consent to be e-mailed when the dossier moves (`notifications.email`); offered when an e-mail was given. */
  @state() private notifyByEmail = false;
  @state() private problem?: RequestProblem;
  /** Notices of answers copied into the current step ("Người nộp là mẹ"). */
  @state() private copyNotices: LocalizedText[] = [];
  /** Answers this form copied (path → value), taken back if their condition stops holding. */
  private copiedValues = new Map<string, unknown>();
  /** What the receipt says besides the gateway's answer: the verify digits and the agency's name. */
  @state() private receiptExtras: ReceiptExtras = {};
  /** The receipt view with its QR encoder: loaded once the review step shows (see {@link loadReceiptView}). */
  @state() private receiptView?: typeof import('../../internal/receipt/receipt-view');
  private returnToReview = false;
  private pendingFocus?: string;
  /** Loads the procedure and gives the client for uploads and the outbox's submissions. */
  private readonly gateway = new GatewayRequest(this, () => this.language, { fallback: 'form.load-error' });
  private outbox?: Outbox;
  private outboxGroup = '';
  private saving = Promise.resolve();
  /** Who is signed in (nearest `<dvc-provider accounts>`), and the applicant fields it verifies. */
  private readonly session = new SessionController(this);
  private readonly prefill = new VerifiedPrefill();
  /** The draft write waiting for typing to pause: its key and timer. */
  private pendingDraft?: { key: string; timer: ReturnType<typeof setTimeout> };

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.procedureCode && this.procedureParam) {
      const code = new URLSearchParams(location.search).get(this.procedureParam) ?? '';
      if (PAGE_PROCEDURE_CODE.test(code)) this.procedureCode = code;
    }
    for (const c of [DvcDateInput, DvcCitizenIdInput, DvcPhoneInput, DvcUnitPicker, DvcFileInput]) c.define();
    window.addEventListener('pagehide', this.onPageHidden);
    document.addEventListener('visibilitychange', this.onPageHidden);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHidden);
    document.removeEventListener('visibilitychange', this.onPageHidden);
    void this.flushDraft();
    this.gateway.call?.abort();
    this.outbox?.close();
    this.outbox = undefined;
  }

  /** The form definition being filled. */
  get definition(): FormDefinition {
    return this.procedure!.form;
  }
  private get sections() {
    return this.procedure?.form.sections ?? [];
  }
  private get agencyCode(): string {
    return this.agency || this.procedure?.agency.code || '';
  }
  /** Uploads a file through the gateway (`POST /v1/uploads`), reporting the bytes sent. */
  readonly uploader: Uploader = async (file, { signal, onProgress }) =>
    (await this.gateway.client()).upload(file, {
      signal,
      onProgress: (p) => onProgress(p.total ? p.loaded / p.total : 0),
    });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('receipt') && this.receipt) this.view = 'receipt';
    else if ((changed.has('procedure') || changed.has('procedureCode')) && !this.receipt) void this.load();
    if (this.procedure) this.data = this.prefill.reconcile(this.definition, this.session.view, this.data);
  }

  /** Loads the procedure (unless given), then offers a saved draft and resumes a queued submission. */
  private async load(): Promise<void> {
    this.gateway.call?.abort();
    if (!this.procedure) {
      if (!this.procedureCode) return;
      this.view = 'loading';
      const detail = await this.gateway.run((client, signal) => client.getProcedure(this.procedureCode, { signal }));
      if (detail) this.procedure = detail;
      else if (this.gateway.problem && !this.gateway.loading) {
        this.problem = this.gateway.problem;
        this.view = 'load-error';
      }
      return; // setting `procedure` runs load() again
    }
    const group = draftKey(this.procedure.code, this.agencyCode);
    if (group === this.outboxGroup) return;
    this.outboxGroup = group;
    this.outbox?.close();
    this.outbox = createOutbox({
      group,
      // A signed-in citizen's submission goes with the gateway's session cookie and header.
      send: async (entry) =>
        (
          await this.gateway.client(entry.endpoint, entry.withSession ? { [SESSION_WRITE_HEADER]: '1' } : undefined)
        ).submitDossier(entry.submission, { idempotencyKey: entry.key }),
      onDelivered: (entry, receipt) => this.delivered(receipt, entry.formData),
      onRejected: (entry, error) => void this.rejected(entry, error),
    });
    if ((await this.outbox.entries()).length) {
      this.view = 'queued';
      void this.outbox.flush();
      return;
    }
    const draft = this.noDraft ? undefined : await loadDraft(group);
    if (draft && Object.keys(draft.data).length) this.draftOffer = draft;
    this.view = 'steps'; // only now: a change made before the draft check would overwrite the draft
  }

  // ── FieldHost ──
  /** @internal */
  text = (value: LocalizedText | undefined): string => localizedText(value, this.language);
  /** @internal */
  value = (path: string): unknown => getAt(this.data, path);
  /** @internal */
  visible = (path: string): boolean => isFieldVisible(this.definition, this.data, path);
  /** @internal */
  errorsAt = (path: string): string[] => this.messages.get(path) ?? [];
  /** @internal */
  set = (path: string, value: unknown): void => {
    this.data = setAt(this.data, path, value);
    this.applyCopies(this.step);
    if (this.messages.has(path)) {
      const messages = new Map(this.messages);
      messages.delete(path);
      this.messages = messages;
    }
    this.saveDraftSoon();
  };
  /** @internal */
  today = (): string => vietnamDateKey(new Date());
  /** @internal */
  focusAfterRender = (id: string): void => {
    this.pendingFocus = id;
  };

  /**
   * Applies the `copy` rules of step `index` (core's `copyAnswers`) as the citizen answers:
   * picking "Mẹ" fills the mother's empty fields from the applicant at once. A copied answer the
   * citizen has not changed is taken back when the condition no longer holds (picked "Cha").
   */
  private applyCopies(index: number): void {
    const section = this.sections[index];
    if (!section?.copy?.length) {
      this.copyNotices = [];
      return;
    }
    let base = this.data;
    for (const [path, value] of this.copiedValues)
      if (path.startsWith(`${section.id}.`) && getAt(base, path) === value) base = setAt(base, path, undefined);
    const result = copyAnswers(this.definition, base, section.id);
    for (const path of [...this.copiedValues.keys()])
      if (path.startsWith(`${section.id}.`)) this.copiedValues.delete(path);
    for (const path of result.copied) this.copiedValues.set(path, getAt(result.data, path));
    if (result.data !== this.data) this.data = result.data;
    this.copyNotices = result.notices;
  }

  private host(): ReviewHost {
    return {
      definition: this.definition,
      data: this.data,
      uploader: this.uploader,
      t: (key, params) => this.t(key, params),
      text: this.text,
      value: this.value,
      set: this.set,
      errors: this.errorsAt,
      visible: this.visible,
      today: this.today,
      focus: this.focusAfterRender,
      change: (index, path) => {
        this.returnToReview = true;
        this.goTo(index, domId(path));
      },
    };
  }

  /**
   * Saves the draft once typing pauses for {@link DRAFT_DELAY_MS}: every change is kept, but
   * a burst of keystrokes costs one IndexedDB write. Leaving or hiding the page writes at once.
   */
  private saveDraftSoon(): void {
    if (this.noDraft || this.draftOffer || !this.procedure || this.view !== 'steps') return;
    const key = draftKey(this.procedure.code, this.agencyCode);
    clearTimeout(this.pendingDraft?.timer);
    this.pendingDraft = { key, timer: setTimeout(() => void this.flushDraft(), DRAFT_DELAY_MS) };
  }

  /** Writes a pending draft now; resolves when every draft write so far has reached IndexedDB. */
  private flushDraft(): Promise<void> {
    const pending = this.pendingDraft;
    if (pending) {
      clearTimeout(pending.timer);
      this.pendingDraft = undefined;
      // Drafts never keep what the identity provider vouched for.
      const draft: Draft = { data: this.prefill.strip(this.data), step: this.step, savedAt: new Date().toISOString() };
      this.saving = this.saving.then(() => saveDraft(pending.key, draft)).then(() => undefined);
    }
    return this.saving;
  }

  private readonly onPageHidden = (event: Event): void => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') void this.flushDraft();
  };

  /** Resolves once the draft (including a change still waiting for typing to pause) is in IndexedDB. */
  get draftSaved(): Promise<void> {
    return this.flushDraft();
  }

  private restoreDraft(): void {
    const draft = this.draftOffer!;
    this.draftOffer = undefined;
    this.data = this.prefill.reconcile(this.definition, this.session.view, draft.data);
    this.goTo(Math.min(draft.step, this.sections.length));
    this.dispatchEvent(
      new CustomEvent<DraftRestoredDetail>('dvc-draft-restored', {
        detail: { savedAt: draft.savedAt, step: this.step },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private async discardDraft(): Promise<void> {
    this.draftOffer = undefined;
    await deleteDraft(draftKey(this.procedure!.code, this.agencyCode));
    this.goTo(0);
  }

  /** Shows step `index` (`sections.length` is the review) and focuses its heading or `focusId`. */
  private goTo(index: number, focusId = 'step-title'): void {
    if (index !== this.step) this.applyCopies(index);
    this.step = index;
    this.errors = [];
    this.summary = [];
    this.messages = new Map();
    this.pendingFocus = focusId;
    if (index === this.sections.length) this.loadReceiptView();
    this.saveDraftSoon();
    const id = this.sections[index]?.id ?? 'review';
    this.dispatchEvent(
      new CustomEvent<StepChangeDetail>('dvc-step-change', {
        detail: { index, id, total: this.sections.length + 1 },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /**
   * Loads the receipt view (QR encoder included) on the review step, while the citizen reads
   * their answers, so the form's first download carries none of it. A failed load is tried
   * again when the receipt is due; until then the receipt shows as a plain code and dates.
   */
  private loadReceiptView(): void {
    if (this.receiptView) return;
    import('../../internal/receipt/receipt-view').then(
      (m) => (this.receiptView = m),
      () => undefined,
    );
  }

  private back(): void {
    this.returnToReview = false;
    this.goTo(Math.max(0, this.step - 1));
  }

  private async onContinue(event: Event): Promise<void> {
    event.preventDefault();
    const review = this.step === this.sections.length;
    const sections = review ? undefined : [this.sections[this.step]!.id];
    const errors = validateFormData(this.definition, this.data, { sections }).errors;
    errors.push(...this.controlErrors(errors));
    if (review && !this.consent) {
      errors.push({
        path: 'consent',
        code: 'form.consent-required',
        messages: { vi: this.t('form.consent-required'), en: this.t('form.consent-required') },
      });
    }
    if (errors.length) return this.showErrors(errors);
    if (!review) {
      const next = this.returnToReview ? this.sections.length : this.step + 1;
      this.returnToReview = false;
      return this.goTo(next);
    }
    await this.submit();
  }

  /**
   * Errors the step's own controls hold that core cannot see (an upload still running or cut off,
   * a date that does not exist, a commune typed but not picked), for fields core found no error in.
   */
  private controlErrors(errors: readonly FieldError[]): FieldError[] {
    const out: FieldError[] = [];
    for (const control of this.renderRoot.querySelectorAll<DvcFormControl>('[data-path]')) {
      const path = control.dataset.path!;
      const message = control.ownValidationMessage;
      if (!message || errors.some((e) => pathAncestors(e.path).includes(path))) continue;
      out.push({ path, code: 'form.control', messages: { vi: message, en: message } });
    }
    return out;
  }

  /**
   * Shows `errors` at their fields and in the error summary, which takes focus. One voice: each
   * field shows one message, and its summary entry is exactly that message — for a control, the
   * message the control itself shows (its own when it has one, e.g. "ngày này không có thật").
   */
  private async showErrors(errors: FieldError[]): Promise<void> {
    const sectionOf = (path: string) => this.sections.findIndex((s) => path === s.id || path.startsWith(`${s.id}.`));
    const first = errors.map((e) => sectionOf(e.path)).find((i) => i >= 0);
    if (first !== undefined && first !== this.step && this.step !== this.sections.length) this.goTo(first);
    if (first !== undefined && this.step === this.sections.length && first < this.sections.length) {
      this.returnToReview = true;
      this.goTo(first);
    }
    this.errors = errors;
    this.messages = new Map();
    await this.updateComplete;
    await this.syncControlErrors();
    const messages = new Map<string, string[]>();
    const summary: ErrorSummaryItem[] = [];
    for (const error of errors) {
      const target = pathAncestors(error.path).find((p) => this.renderRoot.querySelector(`#${domId(p)}`)) ?? error.path;
      if (messages.has(target)) continue;
      const element = this.renderRoot.querySelector<HTMLElement>(`#${domId(target)}`);
      const control = element?.dataset.path === target ? (element as DvcFormControl) : undefined;
      const message =
        control && !control.checkValidity()
          ? control.validationMessage
          : this.t(error.code as FormMessageKey, {}, error.messages);
      messages.set(target, [message]);
      summary.push({ targetId: domId(target), message });
    }
    this.messages = messages;
    this.summary = summary;
    this.pendingFocus = 'error-summary';
  }

  /**
   * Gives each control core's message for its field, unless the control holds a more specific
   * error of its own; core's message also replaces a control's generic "required" text.
   */
  private async syncControlErrors(): Promise<void> {
    for (const control of this.renderRoot.querySelectorAll<DvcFormControl>('[data-path]')) {
      const path = control.dataset.path!;
      const error = this.errors.find((e) => pathAncestors(e.path).includes(path) && e.code !== 'form.control');
      control.setCustomError(null);
      await control.updateComplete;
      if (error && (control.checkValidity() || control.validity.valueMissing)) {
        control.setCustomError(error.messages);
        await control.updateComplete;
      }
    }
  }

  private focusControl(id: string): void {
    const el = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    el?.focus();
    el?.scrollIntoView?.({ block: 'center' });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const id = this.pendingFocus;
    if (!id) return;
    this.pendingFocus = undefined;
    this.focusControl(id === 'error-summary' ? 'error-summary' : id);
  }

  /** The applicant's e-mail as entered, if any. */
  private applicantEmail(): string {
    const email = (this.data as Record<string, Record<string, unknown> | undefined>).applicant?.email;
    return typeof email === 'string' ? email.trim() : '';
  }

  /** Builds the submission, queues it in the outbox (durably) and tries to send it. */
  private async submit(): Promise<void> {
    const procedure = this.procedure!;
    const parts = toSubmissionParts(this.definition, this.visibleData());
    const submission: DossierSubmission = {
      procedureCode: procedure.code,
      agencyCode: this.agencyCode,
      channel: 'online',
      applicant: parts.applicant as DossierSubmission['applicant'],
      data: parts.data,
      files: parts.files,
      consent: true,
      ...(this.notifyByEmail && this.applicantEmail() ? { notifications: { email: true } } : {}),
      clientSubmittedAt: new Date().toISOString(),
    };
    const group = draftKey(procedure.code, this.agencyCode);
    const entry: OutboxEntry = {
      key: newKey(),
      group,
      endpoint: this.resolvedEndpoint ?? '',
      submission,
      formData: this.prefill.strip(this.data),
      queuedAt: submission.clientSubmittedAt!,
      ...(this.session.view?.signedIn ? { withSession: true } : {}),
    };
    this.view = 'submitting';
    clearTimeout(this.pendingDraft?.timer); // the draft is deleted below, not written again
    this.pendingDraft = undefined;
    await this.outbox!.add(entry);
    await this.saving;
    await deleteDraft(group);
    await this.outbox!.flush();
    if (this.view === 'submitting') this.view = 'queued';
  }

  /** The form data without values of fields that are hidden now. */
  private visibleData(): Record<string, unknown> {
    let data = this.data;
    for (const section of this.sections) {
      for (const field of section.fields) {
        const path = `${section.id}.${field.id}`;
        if (getAt(data, path) !== undefined && !this.visible(path)) data = setAt(data, path, undefined);
      }
    }
    return data;
  }

  private delivered(receipt: DossierReceipt, formData: Record<string, unknown>): void {
    const phone = getAt(formData, 'applicant.phone');
    const agency = this.procedure?.agency;
    this.receiptExtras = {
      digits: typeof phone === 'string' ? phone.replace(/\D/g, '').slice(-4) || undefined : undefined,
      agencyName: agency && agency.code === receipt.agencyCode ? this.text(agency.name) : undefined,
    };
    this.receipt = receipt;
    this.pendingFocus = 'receipt-title';
    this.dispatchEvent(
      new CustomEvent<DossierSubmitDetail>('dvc-submit', { detail: { receipt }, bubbles: true, composed: true }),
    );
  }

  private async rejected(entry: OutboxEntry, error: unknown): Promise<void> {
    this.data = this.prefill.reconcile(this.definition, this.session.view, entry.formData);
    this.view = 'steps';
    this.step = this.sections.length;
    this.saveDraftSoon();
    const fieldErrors: readonly FieldError[] = isProblemError(error) ? error.errors : [];
    if (fieldErrors.length)
      return this.showErrors(
        fieldErrors.map((e) => ({ ...e, messages: { vi: e.messages.vi, en: e.messages.en ?? e.messages.vi } })),
      );
    this.problem = entry.endpoint ? this.gateway.describe(error) : NO_ENDPOINT;
    const message = this.problemText(this.problem);
    this.summary = [{ targetId: 'step-title', message: this.t('form.submit-error', { message }) }];
    this.pendingFocus = 'error-summary';
  }

  private renderDraftOffer() {
    const offer = this.draftOffer!;
    return html`<div class="notice" role="region" aria-labelledby="draft-title">
      <h2 id="draft-title">${this.t('form.draft-title')}</h2>
      <p>${this.t('form.draft-body', { time: formatVietnamDateTime(this.t.bind(this), offer.savedAt) })}</p>
      <div class="actions">
        <button type="button" class="primary" @click=${() => this.restoreDraft()}>${this.t('form.draft-restore')}</button>
        <button type="button" @click=${() => void this.discardDraft()}>${this.t('form.draft-discard')}</button>
      </div>
    </div>`;
  }

  private renderStep() {
    const host = this.host();
    const review = this.step === this.sections.length;
    const section = this.sections[this.step];
    const total = this.sections.length + 1;
    const title = review ? this.t('form.review') : this.text(section!.title);
    return html`<form novalidate @submit=${this.onContinue}>
      ${renderErrorSummary(this.t('form.error-summary'), this.summary, (id) => this.focusControl(id))}
      <h2 id="step-title" tabindex="-1"><span class="caption">${this.text(this.definition.title)} · ${this.t('form.step', { current: this.step + 1, total })}</span>${title}</h2>
      ${section?.description ? html`<p>${this.text(section.description)}</p>` : nothing}
      ${this.copyNotices.map((n) => html`<p class="notice" role="status">${this.text(n)}</p>`)}
      <div class="step-fields">
        ${
          review
            ? html`${renderReview(host, this.sections)}
              <div class="field ${this.messages.has('consent') ? 'invalid' : ''}">
                ${this.messages.has('consent') ? html`<p id="f-consent-error" class="error-message">${this.messages.get('consent')}</p>` : nothing}
                <label class="option"><input id="f-consent" type="checkbox" .checked=${this.consent}
                  aria-describedby=${this.messages.has('consent') ? 'f-consent-error' : nothing}
                  @change=${(e: Event) => (this.consent = (e.target as HTMLInputElement).checked)} />${this.t('form.consent')}</label>
              </div>
              ${
                this.applicantEmail()
                  ? html`<div class="field"><label class="option"><input id="f-notify-email" type="checkbox" .checked=${this.notifyByEmail}
                    @change=${(e: Event) => (this.notifyByEmail = (e.target as HTMLInputElement).checked)} />${this.t('form.notify-email')}</label></div>`
                  : nothing
              }`
            : html`${this.prefill.active && section!.kind === 'applicant' ? html`<p class="verified-note">${this.t('signin.verified-note' as FormMessageKey)}</p>` : nothing}
            ${section!.fields.map((f) => {
              const path = `${section!.id}.${f.id}`;
              return this.prefill.value(path) === undefined
                ? renderField(host, f, path)
                : this.prefill.render(f, path, this.text(f.label), this.t('signin.verified' as FormMessageKey));
            })}`
        }
      </div>
      <div class="steps-nav">
        ${this.step > 0 ? html`<button type="button" @click=${this.back}>${this.t('common.back')}</button>` : nothing}
        <button type="submit" class="primary">${this.t(review ? 'common.submit' : 'common.continue')}</button>
      </div>
    </form>`;
  }

  private renderReceipt(receipt: DossierReceipt) {
    if (this.receiptView) {
      return this.receiptView.renderReceipt({ t: (k, p) => this.t(k as FormMessageKey, p), text: this.text }, receipt, {
        ...this.receiptExtras,
        statusUrl: this.statusUrl,
      });
    }
    this.loadReceiptView();
    return html`<section class="receipt" part="receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" tabindex="-1">${this.t('receipt.title')}</h2>
      <p class="lead" role="status">${this.t('receipt.lead')}</p>
      <p>${this.t('receipt.code')}: <strong class="code">${receipt.code}</strong></p>
      <p>${this.t('receipt.due-at')}: ${formatVietnamDateTime(this.t.bind(this), receipt.dueAt)}</p>
    </section>`;
  }

  protected override render() {
    switch (this.view) {
      case 'loading':
        return html`<p role="status" class="loading">${this.t('form.loading')}</p>`;
      case 'load-error': {
        const p = this.problem!;
        return html`<div role="alert">
          <p class="error">${this.problemText(p)}</p>
          ${p.retryable ? html`<button type="button" @click=${() => void this.load()}>${this.t('request.retry')}</button>` : nothing}
        </div>`;
      }
      case 'submitting':
        return html`<p role="status">${this.t('form.submitting')}</p>`;
      case 'queued':
        return html`<div class="notice" role="status">${this.t('form.queued')}</div>`;
      case 'receipt':
        return this.renderReceipt(this.receipt!);
      default:
        return this.draftOffer ? this.renderDraftOffer() : this.renderStep();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-form': DvcDossierForm;
  }
  /** The events `<dvc-dossier-form>` fires, typed for `addEventListener` (see `DvcEventMap`). */
  interface GlobalEventHandlersEventMap {
    'dvc-step-change': CustomEvent<StepChangeDetail>;
    'dvc-submit': CustomEvent<DossierSubmitDetail>;
    'dvc-draft-restored': CustomEvent<DraftRestoredDetail>;
  }
}
