import { sql, type Kysely, type Transaction } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';

// GDPR erasure: the household and everything of it go (cascades), after its followed rights are
// copied, without identity, into right_statistic so that indicators survive. The audit log keeps
// its entries (who did what, when, on which household id): they hold no personal data themselves.

async function eraseInTransaction(
  trx: Transaction<Database>,
  householdIds: string[],
): Promise<number> {
  if (householdIds.length === 0) return 0;
  await sql`
    insert into right_statistic (territory_id, organisation_id, benefit, stage,
      estimated_monthly, actual_monthly, opened_month)
    select h.territory_id, r.organisation_id, r.benefit, r.stage, r.estimated_monthly,
      r.actual_monthly, to_char(r.created_at, 'YYYY-MM')
    from right_follow_up r join household h on h.id = r.household_id
    where r.household_id in (${sql.join(householdIds)})`.execute(trx);
  const deleted = await trx
    .deleteFrom('household')
    .where('id', 'in', householdIds)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows);
}

/**
 * Erases a household of the actor's organisation at the person's request (administrator or
 * coordinator; row-level security refuses anyone else). Returns false when not erasable by them.
 */
export function eraseHousehold(
  db: Kysely<Database>,
  actor: Actor,
  householdId: string,
): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const erased = await eraseInTransaction(trx, [householdId]);
    if (erased === 0) return false;
    await appendAudit(trx, actor, {
      action: 'effacement',
      entity: 'household',
      entityId: householdId,
      householdId,
    });
    return true;
  });
}

/** What a purge found (dry run) or erased. */
export interface PurgeReport {
  dryRun: boolean;
  households: { id: string; territory: string; lastActivityAt: Date }[];
}

/**
 * The daily retention purge: households whose last activity is older than their territory's
 * retention (24 months by default). With `dryRun`, lists them and erases nothing. Runs as the
 * database owner (a system job, outside any organisation), so it sees every territory.
 */
export async function purgeExpiredHouseholds(
  db: Kysely<Database>,
  options: { dryRun: boolean; now?: Date },
): Promise<PurgeReport> {
  const now = options.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const expired = await trx
      .selectFrom('household as h')
      .innerJoin('territory as t', 't.id', 'h.territory_id')
      .select(['h.id', 't.name as territory', 'h.last_activity_at'])
      .where(
        'h.last_activity_at',
        '<',
        sql<Date>`${now}::timestamptz - make_interval(months => t.retention_months)`,
      )
      .orderBy('h.last_activity_at')
      .execute();
    if (!options.dryRun)
      await eraseInTransaction(
        trx,
        expired.map((row) => row.id),
      );
    return {
      dryRun: options.dryRun,
      households: expired.map((row) => ({
        id: row.id,
        territory: row.territory,
        lastActivityAt: row.last_activity_at,
      })),
    };
  });
}
