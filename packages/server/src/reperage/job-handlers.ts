import type { JobHandler } from '../jobs/queue.ts';
import { IMPORT_JOB } from './imports.ts';
import { LINKAGE_JOB, runLinkage } from './linkage-runs.ts';
import { runImport } from './run-import.ts';
import { DETECTION_JOB, runDetectionJob } from '../services/run-detection.ts';

/**
 * The jobs of repérage: imports (reading files from `uploads`), linkage runs and detection runs.
 */
export function reperageJobHandlers(uploads: string): Record<string, JobHandler> {
  return {
    [IMPORT_JOB]: (db, job) => runImport(db, job, uploads),
    [LINKAGE_JOB]: runLinkage,
    [DETECTION_JOB]: runDetectionJob,
  };
}
