import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formDefinitionSchema } from '@dvc-kit/core';
import type { FormDefinition } from '@dvc-kit/core';
import { ConfigError } from '../config';
import { catalogueMessages } from './messages';

/**
 * Reads a forms directory: one `<procedureCode>.json` per procedure, each a core
 * `FormDefinition`. A file that is not a valid definition stops the start with a
 * `ConfigError` naming it.
 *
 * @example
 * ```ts
 * const forms = await loadFormsDir('/etc/dvc/forms'); // Map { '1.001193' => { version: 1, … } }
 * ```
 */
export async function loadFormsDir(dir: string): Promise<Map<string, FormDefinition>> {
  const forms = new Map<string, FormDefinition>();
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  for (const name of names) {
    const code = name.slice(0, -'.json'.length);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(join(dir, name), 'utf8'));
    } catch {
      parsed = undefined;
    }
    const result = formDefinitionSchema.safeParse(parsed);
    if (!result.success) {
      throw new ConfigError([
        {
          path: `formsDir/${name}`,
          code: 'config.form-invalid',
          messages: catalogueMessages.localize('config.form-invalid', { name }),
        },
      ]);
    }
    forms.set(code, result.data);
  }
  return forms;
}
