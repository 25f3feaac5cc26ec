import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { purgeAgreementData } from '../reperage/purge-agreement-data.ts';
import { purgeExpiredHouseholds } from '../services/erase-households.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Runs the retention purges (households; data imported under agreements) once a day in this process (the embedded default needs no scheduler).
 * Returns the function that stops it. A failed run is logged and retried the next day.
 */
export function scheduleDailyPurge(db: Kysely<Database>, log: FastifyBaseLogger): () => void {
  const run = () => {
    purgeExpiredHouseholds(db, { dryRun: false }).then(
      (report) => log.info({ erased: report.households.length }, 'purge de conservation'),
      (error: unknown) => log.error({ err: error }, 'purge de conservation en échec'),
    );
    purgeAgreementData(db, { dryRun: false }).then(
      (report) =>
        log.info(
          { imports: report.imports.length, candidatesErased: report.candidatesErased },
          'purge des données des conventions',
        ),
      (error: unknown) => log.error({ err: error }, 'purge des données des conventions en échec'),
    );
  };
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
