import type { BenefitId } from '@znr/rules';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { detectionRules } from '../detection/rules.ts';
import type { OutreachOutcome } from './vocabulary.ts';

/** Filters of the coordinator's outreach list. */
export interface CandidateFilter {
  runId: string;
  ruleId?: string | undefined;
  codeInsee?: string | undefined;
  /** Only the candidates nobody is assigned yet. */
  unassigned?: boolean | undefined;
  limit: number;
  offset: number;
}

/** One line of the ranked list: pseudonymous (rule, amount, priority, commune), never a name. */
export interface CandidateLine {
  id: string;
  ruleId: string;
  ruleTitle: string;
  benefits: BenefitId[];
  amount: number;
  confidence: number;
  urgency: number;
  priority: number;
  codeInsee: string | null;
  commune: string | null;
  explanation: string;
  assignee: { userId: string; name: string; organisation: string } | null;
  outcome: OutreachOutcome | null;
  rightOpened: boolean;
}

export const ruleTitle = (id: string): string =>
  detectionRules.find((r) => r.id === id)?.title ?? id;

/**
 * The ranked candidates of a detection run, by decreasing priority, for the coordinator of its
 * territory (row-level security hides the others). Audited as a list of the run's candidates.
 */
export function listOutreachCandidates(
  db: Kysely<Database>,
  actor: Actor,
  filter: CandidateFilter,
): Promise<{ total: number; items: CandidateLine[] }> {
  return withActor(db, actor, async (trx) => {
    let query = trx
      .selectFrom('outreach_candidate as c')
      .where('c.detection_run_id', '=', filter.runId);
    if (filter.ruleId !== undefined) query = query.where('c.rule_id', '=', filter.ruleId);
    if (filter.codeInsee !== undefined) query = query.where('c.code_insee', '=', filter.codeInsee);
    if (filter.unassigned === true) query = query.where('c.assigned_to', 'is', null);
    const { total } = await query
      .select((eb) => eb.fn.countAll<string>().as('total'))
      .executeTakeFirstOrThrow();
    const rows = await query
      .leftJoin('territory_commune as tc', (join) =>
        join
          .onRef('tc.territory_id', '=', 'c.territory_id')
          .onRef('tc.insee_code', '=', 'c.code_insee'),
      )
      .leftJoin('app_user as u', 'u.id', 'c.assigned_to')
      .leftJoin('organisation as o', 'o.id', 'c.assigned_organisation_id')
      .select([
        'c.id',
        'c.rule_id',
        'c.benefits',
        'c.amount',
        'c.confidence',
        'c.urgency',
        'c.priority',
        'c.code_insee',
        'tc.name as commune',
        'c.explanation',
        'c.assigned_to',
        'u.display_name',
        'o.name as organisation',
        'c.outcome',
        'c.right_opened_at',
      ])
      .orderBy('c.priority', 'desc')
      .orderBy('c.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute();
    await appendAudit(trx, actor, {
      action: 'liste',
      entity: 'outreach_candidate',
      entityId: filter.runId,
    });
    return {
      total: Number(total),
      items: rows.map((r) => ({
        id: r.id,
        ruleId: r.rule_id,
        ruleTitle: ruleTitle(r.rule_id),
        benefits: r.benefits,
        amount: Number(r.amount),
        confidence: r.confidence,
        urgency: r.urgency,
        priority: Number(r.priority),
        codeInsee: r.code_insee,
        commune: r.commune,
        explanation: r.explanation,
        assignee:
          r.assigned_to === null
            ? null
            : {
                userId: r.assigned_to,
                name: r.display_name ?? '',
                organisation: r.organisation ?? '',
              },
        outcome: r.outcome,
        rightOpened: r.right_opened_at !== null || r.outcome === 'droit_ouvert',
      })),
    };
  });
}
