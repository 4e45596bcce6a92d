import { css, html, type TemplateResult } from 'lit';
import { APPLICANT_SECTION_ID, type FormDefinition, type FormField, type SessionView } from '@dvc-kit/core';
import { domId, getAt, setAt } from './form-data';

/** Applicant field ids a verified identity may fill (the ids of core's applicant section). */
const VERIFIABLE = ['fullName', 'citizenId', 'birthDate', 'phone', 'email'] as const;

/**
 * The dossier form's verified pre-fill, kept apart from the rest of the form: which applicant
 * fields the signed-in citizen's identity provider vouched for, their values, and the three
 * things the form does with them — fill and lock them, never write them into a draft, and
 * take them out again when the citizen signs out.
 */
export class VerifiedPrefill {
  /** Locked values by form path (`applicant.fullName`, …). */
  private locked = new Map<string, string>();

  /** The locked value at `path`, if the path is locked. */
  value(path: string): string | undefined {
    return this.locked.get(path);
  }

  /** Whether any field is locked. */
  get active(): boolean {
    return this.locked.size > 0;
  }

  /** How many fields of `definition` the session fills (for figures and tests). */
  get count(): number {
    return this.locked.size;
  }

  /**
   * Recomputes the locks for `definition` and `session`, and returns `data` with the locked
   * values set — and, for fields no longer locked (signed out), cleared. `data` is returned
   * unchanged (same object) when nothing changes.
   */
  reconcile(
    definition: FormDefinition | undefined,
    session: SessionView | undefined,
    data: Record<string, unknown>,
  ): Record<string, unknown> {
    const next = new Map<string, string>();
    const verified = session?.signedIn ? session.verified : undefined;
    const section = definition?.sections.find((s) => s.id === APPLICANT_SECTION_ID || s.kind === 'applicant');
    if (verified && section) {
      for (const id of VERIFIABLE) {
        const value = verified[id];
        if (value && section.fields.some((f) => f.id === id)) next.set(`${section.id}.${id}`, value);
      }
    }
    let out = data;
    for (const path of this.locked.keys())
      if (!next.has(path) && getAt(out, path) === this.locked.get(path)) out = setAt(out, path, undefined);
    for (const [path, value] of next) if (getAt(out, path) !== value) out = setAt(out, path, value);
    this.locked = next;
    return out;
  }

  /** `data` without the locked values: what a draft (or the offline outbox's copy of the form) may keep. */
  strip(data: Record<string, unknown>): Record<string, unknown> {
    let out = data;
    for (const path of this.locked.keys()) if (getAt(out, path) !== undefined) out = setAt(out, path, undefined);
    return out;
  }

  /** A locked field: its label, the value read-only, and the "verified" mark. */
  render(field: FormField, path: string, label: string, verifiedText: string): TemplateResult {
    const id = domId(path);
    const raw = this.locked.get(path) ?? '';
    const shown = field.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw.split('-').reverse().join('/') : raw;
    return html`<div class="field verified" data-verified=${path}>
      <label for=${id}>${label}</label>
      <input id=${id} type="text" .value=${shown} readonly aria-describedby="${id}-verified" />
      <p id="${id}-verified" class="verified-mark"><span aria-hidden="true">✓ </span>${verifiedText}</p>
    </div>`;
  }
}

/** Styles of locked, verified fields (added to the form's styles). */
export const verifiedStyles = css`
  .verified input[readonly] { background: var(--dvc-color-verified-bg, #f3f7f3); border-style: dashed; }
  .verified-mark { margin: 0.25rem 0 0; color: var(--dvc-color-verified, #1d6b2f); font-weight: 600; }
  .verified-note { padding: 0.5rem 0.75rem; border-left: 4px solid var(--dvc-color-verified, #1d6b2f); }
`;
