import { sql, type Kysely, type RawBuilder } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { seesHousehold } from '../sees-household.ts';

// One resource of a case file read on its own (`GET /api/persons/:id`) or listed for a household
// (`GET /api/households/:id/persons`). Row-level security alone decides what the organisation
// sees, exactly as on the household page: a partner sees what its referral shares.

/** The case-file resources readable one by one, by table. */
export type ItemTable =
  'person' | 'consent' | 'bilan' | 'right_follow_up' | 'referral' | 'referral_message';

// Date columns as text (the drivers would shift the day); a bilan's situation and results only
// when it is read on its own (a list of bilans stays light).
const columns: Record<ItemTable, { list: string; one?: string; order: string }> = {
  person: {
    list: `id, household_id, role, first_name, last_name,
      to_char(birth_date, 'YYYY-MM-DD') as birth_date, phone, email, created_at`,
    order: 'created_at',
  },
  consent: {
    list: `id, household_id, person_id, scope, partner_organisation_id, method,
      to_char(given_on, 'YYYY-MM-DD') as given_on, recorded_by, recorded_at, withdrawn_at,
      withdrawn_by`,
    order: 'recorded_at',
  },
  bilan: {
    list: `id, household_id, period, engine_version, parameters_version, author_id, created_at`,
    one: `id, household_id, period, engine_version, parameters_version, author_id, created_at,
      situation, results`,
    order: 'created_at desc',
  },
  right_follow_up: {
    list: `id, household_id, benefit, stage, in_charge_organisation_id, estimated_monthly,
      actual_monthly, closure_reason, closure_note, bilan_id, created_at, updated_at`,
    order: 'created_at',
  },
  referral: {
    list: `id, household_id, from_organisation_id, to_organisation_id, consent_id, purpose, shares,
      status, refusal_reason, outcome, created_by, created_at, answered_at, closed_at`,
    order: 'created_at',
  },
  referral_message: {
    list: `m.id, m.referral_id, r.household_id, m.organisation_id, m.author_id, m.body, m.kind,
      m.created_at`,
    order: 'm.created_at',
  },
};

// A message carries its household through its referral.
function source(table: ItemTable): RawBuilder<unknown> {
  return table === 'referral_message'
    ? sql`referral_message m join referral r on r.id = m.referral_id`
    : sql.table(table);
}

type Row = Record<string, unknown> & { id: string; household_id: string };

/**
 * One row of `table` as the actor's organisation may see it, or undefined. Audited as a read of
 * that row of its household.
 */
export function readCaseFileItem(
  db: Kysely<Database>,
  actor: Actor,
  table: ItemTable,
  id: string,
): Promise<Row | undefined> {
  const spec = columns[table];
  const key = table === 'referral_message' ? sql.ref('m.id') : sql.ref('id');
  return withActor(db, actor, async (trx) => {
    const { rows } = await sql<Row>`select ${sql.raw(spec.one ?? spec.list)}
      from ${source(table)} where ${key} = ${id}`.execute(trx);
    const row = rows[0];
    if (row === undefined) return undefined;
    await appendAudit(trx, actor, {
      action: 'lecture',
      entity: table,
      entityId: id,
      householdId: row.household_id,
    });
    return row;
  });
}

/**
 * The rows of `table` of a household the actor's organisation sees, or undefined when it does not
 * see the household. Audited as a list read of that household.
 */
export function listCaseFileItems(
  db: Kysely<Database>,
  actor: Actor,
  table: Exclude<ItemTable, 'referral_message'>,
  householdId: string,
): Promise<Row[] | undefined> {
  const spec = columns[table];
  return withActor(db, actor, async (trx) => {
    if (!(await seesHousehold(trx, householdId))) return undefined;
    const { rows } = await sql<Row>`select ${sql.raw(spec.list)} from ${source(table)}
      where household_id = ${householdId} order by ${sql.raw(spec.order)}`.execute(trx);
    await appendAudit(trx, actor, { action: 'liste', entity: table, householdId });
    return rows;
  });
}
