import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { createHousehold, openRight } from '../../suivi/index.ts';
import { DomainError } from '../../http/domain-error.ts';
import { reidentify } from './list-my-candidates.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One click from a candidate to a case file: the household (address from the partners' files)
 * with the person as demandeur, the rights of the rule followed from « identifié » with the
 * estimated amount, and the candidate linked to the household so that a right opened there counts
 * in the rule's conversion. For the assignee only; returns the household's id (the existing one
 * when the candidate already has its case file), or undefined when the candidate is not theirs.
 */
export async function openCandidateHousehold(
  db: Kysely<Database>,
  actor: Actor,
  candidateId: string,
): Promise<string | undefined> {
  const found = await withActor(db, actor, async (trx) => {
    const candidate = await trx
      .selectFrom('outreach_candidate')
      .select(['id', 'household_id', 'benefits', 'amount', 'code_insee'])
      .where('id', '=', candidateId)
      .where('assigned_to', '=', actor.userId)
      .executeTakeFirst();
    if (candidate === undefined) return undefined;
    const identities =
      candidate.household_id === null ? await reidentify(trx, actor, candidateId) : [];
    return { ...candidate, identities };
  });
  if (found === undefined) return undefined;
  if (found.household_id !== null) return found.household_id;
  const identity = found.identities.find((i) => (i.lastName ?? i.birthName) && i.firstNames);
  if (identity === undefined) {
    throw new DomainError(
      'transition_interdite',
      'candidat : aucun fichier ne donne le nom et le prénom de la personne ; créez le dossier à la main.',
    );
  }
  const withPhone = found.identities.find((i) => i.phone);
  const withEmail = found.identities.find((i) => i.email);
  const householdId = await createHousehold(db, actor, {
    address: [identity.address, identity.postcode].filter(Boolean).join(', ') || null,
    inseeCode: found.code_insee,
    commune: identity.commune,
    persons: [
      {
        role: 'demandeur',
        firstName: identity.firstNames!,
        lastName: (identity.lastName ?? identity.birthName)!,
        birthDate:
          identity.birthDate && ISO_DATE.test(identity.birthDate) ? identity.birthDate : null,
        phone: withPhone?.phone ?? null,
        email: withEmail?.email ?? null,
      },
    ],
  });
  for (const benefit of found.benefits) {
    await openRight(db, actor, householdId, {
      benefit,
      stage: 'identifie',
      estimatedMonthly: Number(found.amount),
    });
  }
  await withActor(db, actor, async (trx) => {
    await trx
      .updateTable('outreach_candidate')
      .set({ household_id: householdId })
      .where('id', '=', candidateId)
      .execute();
    await appendAudit(trx, actor, {
      action: 'modification',
      entity: 'outreach_candidate',
      entityId: candidateId,
      householdId,
    });
  });
  return householdId;
}
