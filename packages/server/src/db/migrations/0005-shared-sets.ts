import { sql, type Kysely } from 'kysely';

/**
 * Same access rules as 0003, cheaper to evaluate: the households referred to the request's
 * organisation are computed once per query (`shared_households`, a hashed subplan) instead of
 * once per row (`household_shared`), which made a search over a large territory scan-bound.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function shared_households(part text) returns setof uuid
    language sql stable security definer set search_path = public, pg_temp as $$
      select r.household_id from referral r join consent c on c.id = r.consent_id
      where r.to_organisation_id = znr_org() and r.status in ('envoyee', 'acceptee')
        and c.withdrawn_at is null and (part = 'menage' or part = any (r.shares))
    $$`.execute(db);

  const mine = sql`organisation_id = znr_org()`;
  const owner = sql`organisation_id = znr_org() and znr_writes_personal()`;
  await sql`alter policy household_read on household using (znr_reads_personal() and (${mine} or id in (select shared_households('menage'))))`.execute(
    db,
  );
  const householdWrite = sql`${owner} or (znr_writes_personal() and id in (select shared_households('droits')))`;
  await sql`alter policy household_update on household using (${householdWrite}) with check (${householdWrite})`.execute(
    db,
  );

  const parts: [string, string][] = [
    ['person', 'personnes'],
    ['consent', 'personnes'],
    ['bilan', 'bilans'],
    ['right_follow_up', 'droits'],
    ['right_stage_history', 'droits'],
  ];
  for (const [table, part] of parts) {
    const t = sql.table(table);
    await sql`alter policy ${sql.id(`${table}_read`)} on ${t} using (znr_reads_personal() and (${mine} or household_id in (select shared_households(${sql.lit(part)}))))`.execute(
      db,
    );
    if (part !== 'droits') continue;
    const write = sql`${owner} or (znr_writes_personal() and household_id in (select shared_households('droits')))`;
    await sql`alter policy ${sql.id(`${table}_insert`)} on ${t} with check (${write})`.execute(db);
    await sql`alter policy ${sql.id(`${table}_update`)} on ${t} using (${write}) with check (${write})`.execute(
      db,
    );
  }
}
