/**
 * Environment variables of the issue-11 settings: `GATEWAY_CODE_FIRST` / `GATEWAY_CODE_LAST`
 * (code range), `GATEWAY_S3_BUCKET` (switches blobs to S3) with `GATEWAY_S3_ENDPOINT`,
 * `GATEWAY_S3_REGION`, `GATEWAY_S3_ACCESS_KEY_ID`, `GATEWAY_S3_SECRET_ACCESS_KEY`,
 * `GATEWAY_S3_PREFIX`, `GATEWAY_S3_PATH_STYLE` (`0` for virtual-host style), and
 * `GATEWAY_CLIENT_KEY_SECRET`.
 */
export function hardeningFromEnvironment(env: Record<string, string | undefined>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const number = (v: string) => (/^\d+$/.test(v) ? Number(v) : v);
  if (env.GATEWAY_CODE_FIRST || env.GATEWAY_CODE_LAST) {
    out.codeSpace = {
      ...(env.GATEWAY_CODE_FIRST ? { first: number(env.GATEWAY_CODE_FIRST) } : {}),
      ...(env.GATEWAY_CODE_LAST ? { last: number(env.GATEWAY_CODE_LAST) } : {}),
    };
  }
  if (env.GATEWAY_S3_BUCKET) {
    const optional = (key: string, value: string | undefined) => (value ? { [key]: value } : {});
    out.blobs = {
      kind: 's3',
      bucket: env.GATEWAY_S3_BUCKET,
      ...optional('endpoint', env.GATEWAY_S3_ENDPOINT),
      ...optional('region', env.GATEWAY_S3_REGION),
      ...optional('accessKeyId', env.GATEWAY_S3_ACCESS_KEY_ID),
      ...optional('secretAccessKey', env.GATEWAY_S3_SECRET_ACCESS_KEY),
      ...optional('prefix', env.GATEWAY_S3_PREFIX),
      ...(env.GATEWAY_S3_PATH_STYLE === '0' ? { forcePathStyle: false } : {}),
    };
  }
  if (env.GATEWAY_CLIENT_KEY_SECRET) out.clientKeySecret = env.GATEWAY_CLIENT_KEY_SECRET;
  return out;
}
