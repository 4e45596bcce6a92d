import { SignJWT, decodeJwt, decodeProtectedHeader, generateKeyPair, importJWK } from 'jose';
import type { JWK } from 'jose';
import type { SsoFaults } from './sso-faults';

/**
 * Re-issues an id_token broken in one way, for the `bad-token` fault: a wrong `iss`, `aud`
 * or `nonce` or an `exp` in the past — each signed with the provider's real key, so only
 * that check can refuse it — or the right claims signed by a stranger's key under the
 * provider's `kid` (a bad signature).
 */
export async function tamperIdToken(idToken: string, kind: SsoFaults['badToken'], signingKey: JWK): Promise<string> {
  const claims = { ...decodeJwt(idToken) };
  const header = decodeProtectedHeader(idToken);
  const now = Math.floor(Date.now() / 1000);
  if (kind === 'wrong-issuer') claims.iss = 'https://attacker.example/sso';
  if (kind === 'wrong-audience') claims.aud = 'someone-else';
  if (kind === 'wrong-nonce') claims.nonce = 'not-the-nonce-you-sent';
  if (kind === 'expired') {
    claims.iat = now - 7200;
    claims.exp = now - 3600;
  }
  let key = await importJWK(signingKey, 'RS256');
  if (kind === 'bad-signature') key = (await generateKeyPair('RS256', { extractable: true })).privateKey;
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: header.kid ?? signingKey.kid ?? '' }).sign(key);
}
