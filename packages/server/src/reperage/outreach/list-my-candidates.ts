import type { BenefitId } from '@znr/rules';
import { sql, type Kysely, type Transaction } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import type { OutreachOutcome } from './vocabulary.ts';
import { ruleTitle } from './list-outreach-candidates.ts';

/** The identity of a candidate as one partner's file gives it. */
export interface CandidateIdentity {
  partner: string;
  lastName: string | null;
  birthName: string | null;
  firstNames: string | null;
  birthDate: string | null;
  address: string | null;
  postcode: string | null;
  commune: string | null;
  phone: string | null;
  email: string | null;
}

/** A candidate assigned to me, re-identified. */
export interface MyCandidate {
  id: string;
  ruleId: string;
  ruleTitle: string;
  benefits: BenefitId[];
  amount: number;
  explanation: string;
  outcome: OutreachOutcome | null;
  outcomeNote: string | null;
  householdId: string | null;
  rightOpened: boolean;
  letterAt: string | null;
  /** One identity per partner record of the cluster, most recent import first. */
  identities: CandidateIdentity[];
  /** No phone and no e-mail in any source: the invitation letter is the way to reach them. */
  needsLetter: boolean;
}

/**
 * The identities of one candidate, read through outreach_identities() (its assignee only) and
 * audited as a re-identification of that candidate.
 */
export async function reidentify(
  trx: Transaction<Database>,
  actor: Actor,
  candidateId: string,
): Promise<CandidateIdentity[]> {
  const { rows } = await sql<{
    partner: string;
    last_name: string | null;
    birth_name: string | null;
    first_names: string | null;
    birth_date: string | null;
    address: string | null;
    postcode: string | null;
    commune: string | null;
    phone: string | null;
    email: string | null;
  }>`select * from outreach_identities(${candidateId}::uuid)`.execute(trx);
  await appendAudit(trx, actor, {
    action: 'reidentification',
    entity: 'outreach_candidate',
    entityId: candidateId,
  });
  return rows.map((r) => ({
    partner: r.partner,
    lastName: r.last_name,
    birthName: r.birth_name,
    firstNames: r.first_names,
    birthDate: r.birth_date,
    address: r.address,
    postcode: r.postcode,
    commune: r.commune,
    phone: r.phone,
    email: r.email,
  }));
}

/** True when no identity gives a phone or an e-mail. */
export const needsLetter = (identities: CandidateIdentity[]): boolean =>
  identities.every((i) => !i.phone && !i.email);

/**
 * The candidates assigned to the actor, by decreasing priority, each re-identified (names,
 * address, phone from the partners' files) and each re-identification audited.
 */
export function listMyCandidates(db: Kysely<Database>, actor: Actor): Promise<MyCandidate[]> {
  return withActor(db, actor, async (trx) => {
    const rows = await trx
      .selectFrom('outreach_candidate')
      .selectAll()
      .where('assigned_to', '=', actor.userId)
      .where('assigned_organisation_id', '=', actor.organisationId)
      .orderBy('priority', 'desc')
      .orderBy('id')
      .execute();
    const out: MyCandidate[] = [];
    for (const r of rows) {
      const identities = await reidentify(trx, actor, r.id);
      out.push({
        id: r.id,
        ruleId: r.rule_id,
        ruleTitle: ruleTitle(r.rule_id),
        benefits: r.benefits,
        amount: Number(r.amount),
        explanation: r.explanation,
        outcome: r.outcome,
        outcomeNote: r.outcome_note,
        householdId: r.household_id,
        rightOpened: r.right_opened_at !== null || r.outcome === 'droit_ouvert',
        letterAt: r.letter_at?.toISOString() ?? null,
        identities,
        needsLetter: needsLetter(identities),
      });
    }
    return out;
  });
}
