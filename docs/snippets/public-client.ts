import { createPublicClient } from '@dvc-kit/client/public';

/** Searches a commune's procedures through its gateway, without diacritics, and opens the first. */
export async function findBirthRegistration(endpoint: string) {
  const dvc = createPublicClient({ endpoint }); // no credentials: the gateway holds them
  const page = await dvc.searchProcedures({ q: 'khai sinh', agency: '000.50.20.H66', pageSize: 5 });
  const first = page.items[0];
  if (!first) return undefined;
  const detail = await dvc.getProcedure(first.code); // form definition, fees, time limit, documents
  return { code: detail.code, sections: detail.form.sections.length };
}
