import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { detectionRules } from '../detection/rules.ts';
import { bilanOutcomes, reachedOutcomes } from './vocabulary.ts';

/** The funnel of one rule: candidates → assigned → contacted → bilan → right opened. */
export interface RuleConversion {
  ruleId: string;
  ruleTitle: string;
  candidates: number;
  assigned: number;
  contacted: number;
  bilans: number;
  opened: number;
  /** opened / candidates: the share of detected people who got the right (null without any). */
  rate: number | null;
}

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/**
 * Conversion per rule over the candidates the actor sees (a coordinator: the territory's; optional
 * run), plus, over all runs, the counts of candidates erased by the agreement purge. Counts only,
 * nothing personal. A right counts as opened when the case file created from
 * the candidate has it « ouvert » (flowed back by a trigger) or the assignee recorded it.
 */
export function outreachConversion(
  db: Kysely<Database>,
  actor: Actor,
  runId?: string,
): Promise<RuleConversion[]> {
  return withActor(db, actor, async (trx) => {
    let query = trx
      .selectFrom('outreach_candidate')
      .select([
        'rule_id',
        sql<string>`count(*)`.as('candidates'),
        sql<string>`count(*) filter (where assigned_to is not null)`.as('assigned'),
        sql<string>`count(*) filter (where outcome in (${list(reachedOutcomes)}) or right_opened_at is not null)`.as(
          'contacted',
        ),
        sql<string>`count(*) filter (where outcome in (${list(bilanOutcomes)}) or right_opened_at is not null)`.as(
          'bilans',
        ),
        sql<string>`count(*) filter (where outcome = 'droit_ouvert' or right_opened_at is not null)`.as(
          'opened',
        ),
      ])
      .groupBy('rule_id');
    if (runId !== undefined) query = query.where('detection_run_id', '=', runId);
    const rows = await query.execute();
    // Over every run, the candidates erased with their agreement's data still count (0017).
    if (runId === undefined) {
      const erased = await trx
        .selectFrom('outreach_statistic')
        .select([
          'rule_id',
          sql<string>`sum(candidates)`.as('candidates'),
          sql<string>`sum(assigned)`.as('assigned'),
          sql<string>`sum(reached)`.as('contacted'),
          sql<string>`sum(bilans)`.as('bilans'),
          sql<string>`sum(opened)`.as('opened'),
        ])
        .where('territory_id', '=', sql<string>`reperage_territory()`)
        .groupBy('rule_id')
        .execute();
      rows.push(...erased);
    }
    const total = (ruleId: string, column: Exclude<keyof (typeof rows)[number], 'rule_id'>) =>
      rows.filter((r) => r.rule_id === ruleId).reduce((sum, r) => sum + Number(r[column]), 0);
    return detectionRules.map((rule) => {
      const candidates = total(rule.id, 'candidates');
      const opened = total(rule.id, 'opened');
      return {
        ruleId: rule.id,
        ruleTitle: rule.title,
        candidates,
        assigned: total(rule.id, 'assigned'),
        contacted: total(rule.id, 'contacted'),
        bilans: total(rule.id, 'bilans'),
        opened,
        rate: candidates > 0 ? opened / candidates : null,
      };
    });
  });
}
