import { expect } from '@open-wc/testing';
import { stack } from './stack';

describe('the real stack next to the test server', () => {
  it('serves the gateway, which answers the public API cross-origin with problem+json', async () => {
    const { gateway } = await stack();
    expect(gateway).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    // A well-formed code no dossier has (a malformed one is a 400 that does not count toward the lock-out).
    const response = await fetch(`${gateway}/v1/dossiers/000.00.00.H66-250101-9999?verify=1234`);
    expect(response.status).to.equal(404);
    expect(response.headers.get('content-type')).to.contain('application/problem+json');
    const body = (await response.json()) as { code: string; requestId: string };
    expect(body.requestId).to.be.a('string');
  });
});
