import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import type { Database } from './db/schema.ts';
import { purgeAgreementData } from './reperage/index.ts';
import { purgeExpiredHouseholds, remindWaitingReferrals } from './suivi/index.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The system jobs of a day, in order: the retention purges (households, then data imported under
 * agreements), then the referral reminders. One failing does not stop the others.
 */
export async function runDailyJobs(
  db: Kysely<Database>,
  config: Pick<Config, 'ZNR_REFERRAL_REMINDER_DAYS'>,
  log: FastifyBaseLogger,
): Promise<void> {
  try {
    const purge = await purgeExpiredHouseholds(db, { dryRun: false });
    log.info({ erased: purge.households.length }, 'purge de conservation');
  } catch (error) {
    log.error({ err: error }, 'purge de conservation en échec');
  }
  try {
    const report = await purgeAgreementData(db, { dryRun: false });
    log.info(
      { imports: report.imports.length, candidatesErased: report.candidatesErased },
      'purge des données des conventions',
    );
  } catch (error) {
    log.error({ err: error }, 'purge des données des conventions en échec');
  }
  try {
    const reminders = await remindWaitingReferrals(db, {
      reminderAfterDays: config.ZNR_REFERRAL_REMINDER_DAYS,
      dryRun: false,
    });
    log.info(
      { created: reminders.created.length, closed: reminders.closed.length },
      'relances des orientations sans réponse',
    );
  } catch (error) {
    log.error({ err: error }, 'relances des orientations en échec');
  }
}

/**
 * Runs the daily jobs in this process (the embedded default needs no scheduler): once at start, so
 * that a server restarted more often than daily still runs them, then every 24 hours. Both jobs
 * are idempotent. Returns the function that stops them; a failed job is logged and runs again the
 * next time.
 */
export function scheduleDailyJobs(
  db: Kysely<Database>,
  config: Pick<Config, 'ZNR_REFERRAL_REMINDER_DAYS'>,
  log: FastifyBaseLogger,
  everyMs = DAY_MS,
): { stop: () => Promise<void> } {
  let running = runDailyJobs(db, config, log);
  const timer = setInterval(() => {
    running = running.then(() => runDailyJobs(db, config, log));
  }, everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
