import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const index = fileURLToPath(new URL('../index.ts', import.meta.url));

/** Minified, gzipped size of an ESM browser bundle of `exports` from `@dvc-kit/core`, and its input files. */
async function bundle(exports: string[]): Promise<{ gzip: number; inputs: string[] }> {
  const result = await build({
    stdin: {
      contents: `export { ${exports.join(', ')} } from ${JSON.stringify(index)};`,
      loader: 'ts',
      resolveDir: process.cwd(),
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  console.info(`core bundle of ${exports.join(', ')}: ${result.outputFiles[0]!.contents.length} B min`);
  const used = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs).filter(
    ([, input]) => input.bytesInOutput > 0,
  );
  const gzip = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
  console.info(`  → ${gzip} B gzip`);
  return { gzip, inputs: used.map(([file]) => file) };
}

// The dossier form widget has 40 kB gzip in all, lit (≈ 6 kB) included; these are core's share.
describe('bundle budgets (gzip)', () => {
  it('validateFormData stays free of zod: ≤ 8 kB', async () => {
    const { gzip, inputs } = await bundle(['validateFormData']);
    expect(inputs.filter((file) => file.includes('/zod/'))).toEqual([]);
    expect(gzip).toBeLessThanOrEqual(8_000);
  });

  it('what the dossier form widget takes from core (validation + its API schemas): ≤ 23 kB', async () => {
    const { gzip } = await bundle([
      'validateFormData',
      'toSubmissionParts',
      'procedureDetailSchema',
      'uploadReceiptSchema',
      'dossierSubmissionSchema',
      'dossierReceiptSchema',
      'problemDetailsSchema',
      'procedurePath',
    ]);
    expect(gzip).toBeLessThanOrEqual(23_000);
  });

  // Since the public client validates with shapes instead of zod, this is all the form takes from core.
  // 9 kB (was 8 kB): every validation message now also says how to put the answer right, and the form
  // derives required-ness, date examples, file sizes and the option search from core (one place).
  it('what <dvc-dossier-form> imports from core stays free of zod: ≤ 9 kB', async () => {
    const { gzip, inputs } = await bundle([
      'validateFormData',
      'isFieldVisible',
      'isFieldRequired',
      'groupMinItems',
      'dateExample',
      'formatFileSize',
      'foldEthnicName',
      'toSubmissionParts',
      'FILE_FIELD_DEFAULTS',
      'GROUP_MAX_ITEMS_DEFAULT',
    ]);
    expect(inputs.filter((file) => file.includes('/zod/'))).toEqual([]);
    expect(gzip).toBeLessThanOrEqual(9_000);
  });
});
