import type { ServiceDefinition } from './context';
import { listAgencies, listFields, lookupTechId } from './catalogues';
import { digitizationReport } from './digitization-report';
import { lookupDossier } from './lookup-dossier';
import { getProcedure, listProcedures } from './procedures';
import { syncDossiers } from './sync-dossiers';
import { syncRatings } from './sync-ratings';
import { syncStatus } from './sync-status';
import { updateProgress } from './update-progress';

/** Every service the sandbox answers on `/integration`, by wire name. */
export const SERVICES: ReadonlyMap<string, ServiceDefinition> = new Map(
  [
    syncDossiers,
    updateProgress,
    syncStatus,
    lookupDossier,
    getProcedure,
    listProcedures,
    listAgencies,
    listFields,
    lookupTechId,
    syncRatings,
    // Sandbox extensions (SANDBOX_EXTENSIONS): absent in the observed profile.
    { ...digitizationReport, extension: 'digitizationReport' as const },
  ].map((s): [string, ServiceDefinition] => [s.name, s]),
);
