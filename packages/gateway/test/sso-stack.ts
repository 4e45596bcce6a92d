import type { DossierSubmission } from '@dvc-kit/core';
import type { GatewayConfigInput } from '../src/config';
import { SITE_ORIGIN } from './sso-browser';
import { startStack, submission, uploadPdf } from './stack';
import type { TestStack } from './stack';

/** Seeded test citizens of the sandbox provider (`packages/sandbox/src/sso/test-citizens.ts`). */
export const CITIZENS = {
  /** H'Nhi Niê: DVCQG account, long claim set. */
  hnhi: 'f1c8e6a2-3d4b-4c9e-8a71-2b5d9e0c4f13',
  /** Trần Văn Bình: DVCQG account, LoaiTaiKhoan as a number. */
  binh: '8b2d4f60-7a1c-4e3b-9d5f-0c6e2a8b4d71',
  /** Y Blu Êban: VNeID, short claim set. */
  yblu: '3e9a1c5b-2f7d-4a6e-8c0b-5d1f9e3a7c24',
} as const;

/** The sandbox's default SSO client. */
export const SSO_CLIENT = { clientId: 'dvc-gateway', clientSecret: 'dvc-gateway-sandbox-secret' } as const;

/** A sandbox (portal + provider) and a gateway with sign-in syncing to it, allowing {@link SITE_ORIGIN}. */
export async function startSsoStack(
  config: GatewayConfigInput = {},
  sso: Partial<NonNullable<GatewayConfigInput['sso']>> = {},
): Promise<TestStack> {
  return startStack((sandbox) => ({
    allowedOrigins: [SITE_ORIGIN],
    sso: { issuer: sandbox.sso.issuer, ...SSO_CLIENT, ...sso },
    ...config,
  }));
}

/** The verified applicant values of H'Nhi Niê, as her pre-filled form sends them. */
export const HNHI_APPLICANT = {
  fullName: "H'Nhi Niê",
  citizenId: '066185001234',
  birthDate: '1985-04-12',
  phone: '0935123456',
  email: 'hnhi.nie@example.vn',
  address: { provinceCode: '66', communeCode: '22015', street: 'Buôn Ea Bung' },
};

/** A submission of the test procedure with two fresh uploads and `applicant`. */
export async function signedInSubmission(
  url: string,
  applicant: DossierSubmission['applicant'],
): Promise<DossierSubmission> {
  const uploads: [string, string] = [await uploadPdf(url), await uploadPdf(url, 'ban-sao.pdf')];
  return submission(uploads, { applicant });
}
