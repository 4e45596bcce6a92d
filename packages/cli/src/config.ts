import type { Language } from '@dvc-kit/core';
import { CliError } from './errors/cli-error';
import { EXIT_CODES } from './exit-codes';
import { cliMessageBook } from './messages';

/** How the command reaches the portal (or the sandbox). */
export interface PortalConfig {
  /** Base URL of the portal's integration adapter — flag `--portal-url`, env `DVC_PORTAL_URL`. */
  url: string;
  /** Login name — flag `--username`, env `DVC_USERNAME`. */
  username: string;
  /** Password — flag `--password`, env `DVC_PASSWORD` (prefer the variable: flags show in `ps`). */
  password: string;
  /** Mã đơn vị of the calling unit (wire: madonvi) — flag `--agency`, env `DVC_AGENCY`. */
  agency: string;
}

/** The connection flags every portal command accepts (for `parseArgs`). */
export const PORTAL_FLAGS = {
  'portal-url': { type: 'string' },
  username: { type: 'string' },
  password: { type: 'string' },
  agency: { type: 'string' },
} as const;

const SETTINGS = [
  { key: 'url', flag: '--portal-url', env: 'DVC_PORTAL_URL', name: 'cli.setting.url' },
  { key: 'username', flag: '--username', env: 'DVC_USERNAME', name: 'cli.setting.username' },
  { key: 'password', flag: '--password', env: 'DVC_PASSWORD', name: 'cli.setting.password' },
  { key: 'agency', flag: '--agency', env: 'DVC_AGENCY', name: 'cli.setting.agency' },
] as const;

/**
 * The portal settings from flags, falling back to environment variables (flags win).
 * A missing one is a usage error (exit 2) naming both the flag and the variable.
 *
 * @example resolvePortalConfig({ agency: '000.01.20.H66' }, process.env, 'vi')
 */
export function resolvePortalConfig(
  flags: {
    'portal-url'?: string | undefined;
    username?: string | undefined;
    password?: string | undefined;
    agency?: string | undefined;
  },
  env: Readonly<Record<string, string | undefined>>,
  language: Language,
): PortalConfig {
  const byFlag: Record<string, string | undefined> = {
    url: flags['portal-url'],
    username: flags.username,
    password: flags.password,
    agency: flags.agency,
  };
  const config: Record<string, string> = {};
  for (const s of SETTINGS) {
    const value = byFlag[s.key] ?? env[s.env];
    if (value === undefined || value.trim() === '') {
      throw new CliError('cli.usage.missing-config', EXIT_CODES.usage, {
        name: cliMessageBook.localize(s.name, undefined, language),
        flag: s.flag,
        env: s.env,
      });
    }
    config[s.key] = s.key === 'password' ? value : value.trim();
  }
  const url = config.url as string;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new CliError('cli.usage.bad-url', EXIT_CODES.usage, { value: url });
  }
  return config as unknown as PortalConfig;
}

/**
 * The output language: `--lang` if given, else English when `LC_ALL`/`LANG` starts
 * with `en`, else Vietnamese (the default).
 */
export function resolveLanguage(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Language | undefined {
  if (flag !== undefined) return flag === 'vi' || flag === 'en' ? flag : undefined;
  const locale = env.LC_ALL || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'vi';
}
