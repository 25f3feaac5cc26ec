import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';
import { DomainError } from '../http/domain-error.ts';
import { checkInput, selectAgreements, type Agreement, type AgreementInput } from './agreements.ts';

// Changing an agreement's terms after its creation (an amendment: new party, field, dates,
// retention, DPO): checked like a new agreement, refused once terminated, audited, and the terms
// replaced are kept (data_agreement_version, migration 0021) so that anyone who reads the
// agreement reads what it said before, since when and who changed it.

/** One change of an agreement's terms. */
export interface AgreementChange {
  version: number;
  changedAt: Date;
  changedBy: string | null;
  /** Each term that changed: its value before and after. */
  changes: { term: keyof AgreementInput; before: unknown; after: unknown }[];
}

const TERMS = [
  'title',
  'purpose',
  'legalBasis',
  'parties',
  'fields',
  'retentionMonths',
  'dpoContact',
  'validFrom',
  'validTo',
] as const satisfies readonly (keyof AgreementInput)[];

/** The terms of a stored agreement, in the shape a coordinator fills them in. */
function termsOf(agreement: Agreement): AgreementInput {
  return {
    title: agreement.title,
    purpose: agreement.purpose,
    legalBasis: agreement.legal_basis,
    parties: agreement.parties,
    fields: agreement.fields,
    retentionMonths: agreement.retention_months,
    dpoContact: agreement.dpo_contact,
    validFrom: agreement.valid_from,
    validTo: agreement.valid_to,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function differences(before: AgreementInput, after: AgreementInput): AgreementChange['changes'] {
  return TERMS.filter((term) => !same(before[term], after[term])).map((term) => ({
    term,
    before: before[term],
    after: after[term],
  }));
}

/**
 * Replaces an agreement's terms (status unchanged), keeping the former ones as a version, audited.
 * Returns false when the actor cannot manage it; throws DomainError on invalid terms or a
 * terminated agreement. Terms identical to the current ones change nothing.
 */
export function updateAgreementTerms(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: AgreementInput,
): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const current = await selectAgreements(trx).where('id', '=', id).forUpdate().executeTakeFirst();
    if (current === undefined) return false;
    if (current.status === 'terminee') {
      throw new DomainError(
        'transition_interdite',
        `La convention « ${current.title} » est terminée : ses termes ne se modifient plus.`,
      );
    }
    await checkInput(trx, actor, input);
    const terms: AgreementInput = {
      ...input,
      parties: [...new Set(input.parties)],
      fields: [...new Set(input.fields)],
    };
    const before = termsOf(current);
    if (differences(before, terms).length === 0) return true;
    const updated = await trx
      .updateTable('data_agreement')
      .set({
        title: terms.title,
        purpose: terms.purpose,
        legal_basis: terms.legalBasis,
        parties: terms.parties,
        fields: terms.fields,
        retention_months: terms.retentionMonths,
        dpo_contact: terms.dpoContact,
        valid_from: terms.validFrom,
        valid_to: terms.validTo,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return false;
    const last = await trx
      .selectFrom('data_agreement_version')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('agreement_id', '=', id)
      .executeTakeFirst();
    await trx
      .insertInto('data_agreement_version')
      .values({
        agreement_id: id,
        version: (last?.version ?? 0) + 1,
        changed_by: actor.userId,
        terms: JSON.stringify(before),
      })
      .execute();
    await appendAudit(trx, actor, {
      action: 'modification',
      entity: 'data_agreement',
      entityId: id,
    });
    return true;
  });
}

/**
 * The changes of an agreement's terms, newest first, for whoever may read the agreement; undefined
 * when they cannot. Each version holds the terms it replaced; the next version (or the current
 * agreement) holds what replaced them.
 */
export function agreementHistory(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<AgreementChange[] | undefined> {
  return withActor(db, actor, async (trx) => {
    const current = await selectAgreements(trx).where('id', '=', id).executeTakeFirst();
    if (current === undefined) return undefined;
    const versions = await trx
      .selectFrom('data_agreement_version as v')
      .leftJoin('app_user as u', 'u.id', 'v.changed_by')
      .select(['v.version', 'v.changed_at', 'v.terms', 'u.display_name'])
      .where('v.agreement_id', '=', id)
      .orderBy('v.version')
      .execute();
    const changes: AgreementChange[] = [];
    versions.forEach((version, i) => {
      const next = versions[i + 1];
      const after = next ? (next.terms as AgreementInput) : termsOf(current);
      changes.push({
        version: version.version,
        changedAt: version.changed_at,
        changedBy: version.display_name,
        changes: differences(version.terms as AgreementInput, after),
      });
    });
    return changes.reverse();
  });
}
