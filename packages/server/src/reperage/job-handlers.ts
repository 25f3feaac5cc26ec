import type { JobHandler } from '../jobs/queue.ts';
import { IMPORT_JOB } from './imports.ts';
import { LINKAGE_JOB, runLinkage } from './linkage-runs.ts';
import { runImport } from './run-import.ts';

/** The jobs of repérage's data side: imports and linkage runs. */
export const reperageJobHandlers: Readonly<Record<string, JobHandler>> = {
  [IMPORT_JOB]: runImport,
  [LINKAGE_JOB]: runLinkage,
};
