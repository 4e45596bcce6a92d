import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureDetail } from '@dvc-kit/core';
import { CookieBrowser, signIn } from '../../test/sso-browser';
import { CITIZENS, startSsoStack } from '../../test/sso-stack';
import type { TestStack } from '../../test/stack';

/**
 * Figures for the closing note of issue 14: for every procedure form the gateway serves, how
 * many applicant fields a signed-in citizen finds pre-filled and locked — with the long DVCQG
 * claim set and with VNeID's short one (what `GET /v1/me` vouches for, matched to the form's
 * applicant section as `<dvc-dossier-form>` does).
 */
describe('pre-filled applicant fields per procedure form', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startSsoStack();
  });
  afterAll(async () => stack?.close());

  it('every form gets its name, ID number and birth date from either claim set', async () => {
    const verified: Record<string, Record<string, string>> = {};
    for (const [who, techId] of [
      ['DVCQG', CITIZENS.hnhi],
      ['VNeID', CITIZENS.yblu],
    ] as const) {
      const browser = new CookieBrowser();
      await signIn(browser, stack.url, techId);
      verified[who] = (
        (await (await browser.request(`${stack.url}/v1/me`)).json()) as { verified: Record<string, string> }
      ).verified;
    }
    const list = (await (await fetch(`${stack.url}/v1/procedures?pageSize=100`)).json()) as {
      items: { code: string }[];
    };
    const rows: string[] = [];
    for (const { code } of list.items) {
      const detail = (await (await fetch(`${stack.url}/v1/procedures/${code}`)).json()) as ProcedureDetail;
      const applicant = detail.form.sections.find((s) => s.id === 'applicant' || s.kind === 'applicant');
      const ids = applicant?.fields.map((f) => f.id) ?? [];
      const filled = (who: string) => ids.filter((id) => verified[who]?.[id] !== undefined);
      rows.push(
        `${code.padEnd(10)} ${String(ids.length).padStart(2)} applicant fields · DVCQG ${filled('DVCQG').length} (${filled('DVCQG').join(', ')}) · VNeID ${filled('VNeID').length}`,
      );
      for (const id of ['fullName', 'citizenId']) expect(filled('VNeID'), code).toContain(id);
    }
    console.log(
      `[figures] pre-filled, locked applicant fields per form (${list.items.length} forms):\n${rows.join('\n')}`,
    );
    expect(rows.length).toBeGreaterThan(0);
  }, 60_000);
});
