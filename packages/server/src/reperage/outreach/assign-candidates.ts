import { sql, type Kysely } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { DomainError } from '../../http/domain-error.ts';

/** Roles a candidate can be assigned to: those who meet people. */
const ASSIGNABLE = ['ambassadeur', 'travailleur_social'] as const;

/** A person the coordinator may assign candidates of a run to. */
export interface Assignee {
  membershipId: string;
  name: string;
  organisation: string;
  role: string;
}

/**
 * The ambassadors and social workers of the organisations party to the run's agreement, or an
 * empty list when the run is not visible.
 */
export function listAssignees(
  db: Kysely<Database>,
  actor: Actor,
  runId: string,
): Promise<Assignee[]> {
  return withActor(db, actor, async (trx) => {
    const run = await trx
      .selectFrom('detection_run as d')
      .innerJoin('data_agreement as a', 'a.id', 'd.agreement_id')
      .select('a.parties')
      .where('d.id', '=', runId)
      .executeTakeFirst();
    if (run === undefined) return [];
    const rows = await trx
      .selectFrom('membership as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
      .select(['m.id', 'u.display_name', 'o.name', 'm.role'])
      .where('m.organisation_id', 'in', run.parties)
      .where('m.role', 'in', ASSIGNABLE)
      .where('u.disabled', '=', false)
      .orderBy('o.name')
      .orderBy('u.display_name')
      .execute();
    return rows.map((r) => ({
      membershipId: r.id,
      name: r.display_name,
      organisation: r.name,
      role: r.role,
    }));
  });
}

/**
 * Assigns candidates of one run to an ambassador (a membership of an organisation party to the
 * run's agreement), or takes them back with `membershipId` null. Each candidate changed is audited.
 * Returns the number of candidates changed.
 */
export function assignCandidates(
  db: Kysely<Database>,
  actor: Actor,
  input: { runId: string; candidateIds: string[]; membershipId: string | null },
): Promise<number> {
  return withActor(db, actor, async (trx) => {
    let assignee: { user_id: string; organisation_id: string } | null = null;
    if (input.membershipId !== null) {
      const found = await trx
        .selectFrom('membership as m')
        .innerJoin('detection_run as d', (join) => join.on('d.id', '=', input.runId))
        .innerJoin('data_agreement as a', 'a.id', 'd.agreement_id')
        .select(['m.user_id', 'm.organisation_id'])
        .where('m.id', '=', input.membershipId)
        .where('m.role', 'in', ASSIGNABLE)
        .where(sql<boolean>`m.organisation_id = any (a.parties)`)
        .executeTakeFirst();
      if (found === undefined) {
        throw new DomainError(
          'organisation_introuvable',
          'membershipId : choisissez un ambassadeur ou un travailleur social d’une organisation partie à la convention.',
        );
      }
      assignee = found;
    }
    const changed = await trx
      .updateTable('outreach_candidate')
      .set({
        assigned_to: assignee?.user_id ?? null,
        assigned_organisation_id: assignee?.organisation_id ?? null,
        assigned_by: actor.userId,
        assigned_at: new Date(),
      })
      .where('detection_run_id', '=', input.runId)
      .where('id', 'in', input.candidateIds)
      .returning('id')
      .execute();
    for (const { id } of changed) {
      await appendAudit(trx, actor, {
        action: 'attribution',
        entity: 'outreach_candidate',
        entityId: id,
      });
    }
    return changed.length;
  });
}
