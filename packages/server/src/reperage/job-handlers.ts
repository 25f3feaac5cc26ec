import type { JobHandler } from '../jobs/queue.ts';
import { DETECTION_JOB, runDetectionJob } from './outreach/run-detection.ts';
import { IMPORT_JOB } from './imports.ts';
import { LINKAGE_JOB, runLinkage } from './linkage-runs.ts';
import { runImport } from './run-import.ts';

/** The jobs of repérage: imports, linkage runs and detection runs. */
export const reperageJobHandlers: Readonly<Record<string, JobHandler>> = {
  [IMPORT_JOB]: runImport,
  [LINKAGE_JOB]: runLinkage,
  [DETECTION_JOB]: runDetectionJob,
};
