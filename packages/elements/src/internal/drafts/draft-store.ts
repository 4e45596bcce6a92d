import { idbDelete, idbGet, idbPut } from '../idb/idb';

/** A dossier form in progress, kept in IndexedDB so a reload or a crash loses nothing. */
export interface Draft {
  /** Form data keyed `data[sectionId][fieldId]`. */
  data: Record<string, unknown>;
  /** Index of the step the citizen was on. */
  step: number;
  /** When it was last saved (ISO 8601). */
  savedAt: string;
}

/** The key a draft is stored under: one draft per procedure and agency. */
export const draftKey = (procedureCode: string, agencyCode: string): string => `${procedureCode}|${agencyCode}`;

/** The saved draft, or `undefined`. Storage errors (private mode, quota) read as "no draft". */
export async function loadDraft(key: string): Promise<Draft | undefined> {
  try {
    return await idbGet<Draft>('drafts', key);
  } catch {
    return undefined;
  }
}

/** Saves (replaces) the draft. Resolves `false` when storage is unavailable. */
export async function saveDraft(key: string, draft: Draft): Promise<boolean> {
  try {
    await idbPut('drafts', key, draft);
    return true;
  } catch {
    return false;
  }
}

/** Deletes the draft (after submission, or when the citizen starts again). */
export async function deleteDraft(key: string): Promise<void> {
  await idbDelete('drafts', key).catch(() => undefined);
}
