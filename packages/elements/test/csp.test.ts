import { expect, waitUntil } from '@open-wc/testing';

interface CspResult {
  violations: string[];
  elements: number;
  images: number;
  textShown: number;
  pwned: boolean;
  adopted: boolean;
  enforced: boolean;
}

describe('strict host Content-Security-Policy', () => {
  it('renders every element with zero violations and keeps hostile text as text', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/__dvc-test/csp.html';
    document.body.append(frame);
    const win = () => frame.contentWindow as (Window & { cspResult?: CspResult }) | null;
    await waitUntil(() => win()?.cspResult, 'CSP page finished', { timeout: 15000 });
    const result = win()!.cspResult!;
    frame.remove();
    expect(result.enforced, 'the policy is active (negative control)').to.equal(true);
    expect(result.violations).to.deep.equal([]);
    expect(result.elements).to.be.at.least(10);
    expect(result.adopted, 'styles only through adoptedStyleSheets').to.equal(true);
    expect(result.images).to.equal(0);
    expect(result.pwned).to.equal(false);
    expect(result.textShown).to.be.at.least(7);
  });
});
