import { sql, type Kysely, type Transaction } from 'kysely';
import { appendSystemAudit } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { todayInFrance } from './agreements.ts';
import { bilanOutcomes, reachedOutcomes } from './outreach/vocabulary.ts';

// Retention of the data imported under an agreement (migration 0017). An import is erased, with
// everything computed from it, when the agreement is terminated, when its validity has ended (its
// legal basis with it), or when the import is older than the agreement's retention. Candidates
// already turned into a case file survive (they belong to the case file's organisation, the
// person having consented there); the counts of the others survive in outreach_statistic.

/** Why an import is erased. */
export type AgreementErasureReason =
  'convention_terminee' | 'convention_expiree' | 'conservation_echue';

/** What the agreement purge found (dry run) or erased. */
export interface AgreementPurgeReport {
  dryRun: boolean;
  imports: {
    id: string;
    agreementId: string;
    agreementTitle: string;
    partner: string;
    importedAt: Date;
    records: number;
    reason: AgreementErasureReason;
  }[];
  linkageRuns: number;
  detectionRuns: number;
  /** Candidates erased (their counts kept in outreach_statistic). */
  candidatesErased: number;
  /** Candidates kept because a case file was opened from them. */
  candidatesKept: number;
}

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));
const ids = (values: readonly string[]) => sql`${sql.join(values)}`;

function expiredImports(trx: Transaction<Database>, now: Date) {
  const today = todayInFrance(now);
  return trx
    .selectFrom('partner_import as i')
    .innerJoin('data_agreement as a', 'a.id', 'i.agreement_id')
    .select(['i.id', 'i.agreement_id', 'i.organisation_id', 'i.partner', 'i.created_at'])
    .select(['a.title', 'a.parties', 'a.status'])
    .select(
      sql<AgreementErasureReason>`case when a.status = 'terminee' then 'convention_terminee'
        when a.valid_to < ${today}::date then 'convention_expiree'
        else 'conservation_echue' end`.as('reason'),
    )
    .select(
      sql<number>`(select count(*) from partner_record r where r.import_id = i.id)::int`.as(
        'records',
      ),
    )
    .where((eb) =>
      eb.or([
        eb('a.status', '=', 'terminee'),
        sql<boolean>`a.valid_to < ${today}::date`,
        sql<boolean>`i.created_at < ${now}::timestamptz - make_interval(months => a.retention_months)`,
      ]),
    )
    .orderBy('i.created_at')
    .execute();
}

/** Keeps the counts of the candidates about to be erased, then erases or detaches each one. */
async function settleCandidates(trx: Transaction<Database>, detectionRunIds: string[]) {
  const runs = ids(detectionRunIds);
  await sql`
    insert into outreach_statistic
      (territory_id, month, rule_id, candidates, assigned, reached, bilans, opened)
    select territory_id, indicator_month(created_at), rule_id, count(*),
      count(*) filter (where assigned_to is not null),
      count(*) filter (where outcome in (${list(reachedOutcomes)}) or right_opened_at is not null),
      count(*) filter (where outcome in (${list(bilanOutcomes)}) or right_opened_at is not null),
      count(*) filter (where outcome = 'droit_ouvert' or right_opened_at is not null)
    from outreach_candidate
    where detection_run_id in (${runs}) and household_id is null
    group by 1, 2, 3`.execute(trx);
  await trx
    .deleteFrom('outreach_candidate')
    .where('detection_run_id', 'in', detectionRunIds)
    .where('household_id', 'is', null)
    .execute();
  // The records a kept candidate pointed to are erased below.
  await trx
    .updateTable('outreach_candidate')
    .set({ detection_run_id: null, record_ids: [] })
    .where('detection_run_id', 'in', detectionRunIds)
    .execute();
}

/**
 * The daily purge of agreements' data. With `dryRun`, reports and erases nothing. Runs as the
 * database owner (a system job), so it sees every territory; each erasure is audited in the chain
 * of the organisation that imported the file, and in each party's chain for the agreement.
 */
export async function purgeAgreementData(
  db: Kysely<Database>,
  options: { dryRun: boolean; now?: Date },
): Promise<AgreementPurgeReport> {
  const now = options.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const expired = await expiredImports(trx, now);
    const importIds = expired.map((row) => row.id);
    const linkageRunIds =
      importIds.length === 0
        ? []
        : (
            await trx
              .selectFrom('linkage_run')
              .select('id')
              .where(sql<boolean>`import_ids && array[${ids(importIds)}]::uuid[]`)
              .execute()
          ).map((row) => row.id);
    const detectionRunIds =
      linkageRunIds.length === 0
        ? []
        : (
            await trx
              .selectFrom('detection_run')
              .select('id')
              .where('linkage_run_id', 'in', linkageRunIds)
              .execute()
          ).map((row) => row.id);
    const counts =
      detectionRunIds.length === 0
        ? { erased: 0, kept: 0 }
        : await trx
            .selectFrom('outreach_candidate')
            .select([
              sql<number>`count(*) filter (where household_id is null)::int`.as('erased'),
              sql<number>`count(*) filter (where household_id is not null)::int`.as('kept'),
            ])
            .where('detection_run_id', 'in', detectionRunIds)
            .executeTakeFirstOrThrow();

    if (!options.dryRun && importIds.length > 0) {
      if (detectionRunIds.length > 0) {
        await settleCandidates(trx, detectionRunIds);
        await trx.deleteFrom('detection_run').where('id', 'in', detectionRunIds).execute();
      }
      if (linkageRunIds.length > 0)
        await trx.deleteFrom('linkage_run').where('id', 'in', linkageRunIds).execute();
      // Records, identities and cluster memberships go with their import (cascades).
      await trx.deleteFrom('partner_import').where('id', 'in', importIds).execute();
      // A terminated agreement never runs again: its key is of no further use.
      const terminated = [
        ...new Set(expired.filter((r) => r.status === 'terminee').map((r) => r.agreement_id)),
      ];
      if (terminated.length > 0)
        await sql`delete from agreement_key where agreement_id in (${ids(terminated)})`.execute(
          trx,
        );
      await auditErasure(trx, expired);
    }
    return {
      dryRun: options.dryRun,
      imports: expired.map((row) => ({
        id: row.id,
        agreementId: row.agreement_id,
        agreementTitle: row.title,
        partner: row.partner,
        importedAt: row.created_at,
        records: row.records,
        reason: row.reason,
      })),
      linkageRuns: linkageRunIds.length,
      detectionRuns: detectionRunIds.length,
      candidatesErased: counts.erased,
      candidatesKept: counts.kept,
    };
  });
}

async function auditErasure(
  trx: Transaction<Database>,
  expired: { id: string; agreement_id: string; organisation_id: string; parties: string[] }[],
) {
  for (const row of expired) {
    await appendSystemAudit(trx, row.organisation_id, {
      action: 'effacement',
      entity: 'partner_import',
      entityId: row.id,
    });
  }
  const agreements = new Map(expired.map((row) => [row.agreement_id, row.parties]));
  for (const [agreementId, parties] of agreements) {
    for (const party of parties) {
      await appendSystemAudit(trx, party, {
        action: 'effacement',
        entity: 'data_agreement',
        entityId: agreementId,
      });
    }
  }
}
