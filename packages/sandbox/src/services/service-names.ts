import { SERVICES } from './registry';

/** Names of every service the sandbox answers on `/integration`. */
export const SANDBOX_SERVICE_NAMES: readonly string[] = [...SERVICES.keys()];
