import { createPublicClient, isProblemError } from '@dvc-kit/client/public';

/** Searches a commune's procedures through its gateway, without diacritics, and opens the first. */
export async function findBirthRegistration(endpoint: string) {
  const dvc = createPublicClient({ endpoint }); // no credentials: the gateway holds them
  const page = await dvc.searchProcedures({ q: 'khai sinh', agency: '000.50.20.H66', pageSize: 5 });
  const first = page.items[0];
  if (!first) return undefined;
  const detail = await dvc.getProcedure(first.code); // form definition, fees, time limit, documents
  return { code: detail.code, sections: detail.form.sections.length };
}

/**
 * A dossier's status, or `undefined` when the gateway finds no dossier with that code and those
 * 4 digits (one answer for both). Branch on the type guard, not on the error's text.
 */
export async function statusOrNothing(endpoint: string, code: string, verify: string) {
  try {
    return await createPublicClient({ endpoint }).getDossierStatus(code, verify);
  } catch (error) {
    if (isProblemError(error, 'dossier.not-found-or-unverified')) return undefined;
    throw error;
  }
}
