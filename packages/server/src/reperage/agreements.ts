import { randomBytes } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { appendAudit } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';
import { DomainError } from '../http/domain-error.ts';
import { isoDate } from '../db/iso-date.ts';
import { canonicalField } from './fields.ts';
import type { DataAgreementTable } from './tables.ts';
import { agreementStatusLabels, type AgreementStatus } from './vocabulary.ts';

/** A data-sharing agreement as stored. */
export type Agreement = Selectable<DataAgreementTable>;

/** What a coordinator fills in to create an agreement. */
export interface AgreementInput {
  title: string;
  purpose: string;
  legalBasis: string;
  parties: string[];
  fields: string[];
  retentionMonths: number;
  dpoContact: string;
  validFrom: string;
  validTo: string;
}

/** The columns of an agreement, its dates as `YYYY-MM-DD` (a driver would give a Date). */
const agreementColumns = [
  'id',
  'territory_id',
  'title',
  'purpose',
  'legal_basis',
  'parties',
  'fields',
  'retention_months',
  'dpo_contact',
  'status',
  'created_by',
  'created_at',
  'updated_at',
] as const;

export function selectAgreements(trx: Transaction<Database>) {
  return trx
    .selectFrom('data_agreement')
    .select(agreementColumns)
    .select([
      isoDate('valid_from').$castTo<string>().as('valid_from'),
      isoDate('valid_to').$castTo<string>().as('valid_to'),
    ]);
}

/** Changes of status a coordinator may make; `terminee` is final. */
const transitions: Record<AgreementStatus, readonly AgreementStatus[]> = {
  brouillon: ['active', 'terminee'],
  active: ['suspendue', 'terminee'],
  suspendue: ['active', 'terminee'],
  terminee: [],
};

/** Today as `YYYY-MM-DD` in France, the calendar an agreement's dates are written in. */
export function todayInFrance(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
}

function frenchDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * Why the agreement cannot be used today for an import or a linkage run, in French, or undefined
 * when it can: it must be active and `today` within its validity dates.
 */
export function agreementRefusal(agreement: Agreement, today: string): string | undefined {
  const name = `La convention « ${agreement.title} »`;
  if (agreement.status !== 'active') {
    const status = agreementStatusLabels[agreement.status].toLowerCase();
    return `${name} est ${status === 'brouillon' ? 'en brouillon' : status} : aucun import ni rapprochement n’est possible.`;
  }
  if (today < agreement.valid_from) {
    return `${name} ne s’applique qu’à partir du ${frenchDate(agreement.valid_from)} : rien ne peut tourner avant.`;
  }
  if (today > agreement.valid_to) {
    return `${name} a pris fin le ${frenchDate(agreement.valid_to)} : aucun import ni rapprochement n’est possible.`;
  }
  return undefined;
}

/**
 * The agreement, usable today, and its HMAC key, inside the caller's transaction (opened by
 * withActor). Throws DomainError `convention_inutilisable` when it is not usable; undefined when
 * the actor cannot see it. The key is for pseudonymisation on the server only, never returned.
 */
export async function usableAgreement(
  trx: Transaction<Database>,
  agreementId: string,
): Promise<{ agreement: Agreement; key: Uint8Array } | undefined> {
  const agreement = await selectAgreements(trx).where('id', '=', agreementId).executeTakeFirst();
  if (agreement === undefined) return undefined;
  const refusal = agreementRefusal(agreement, todayInFrance());
  if (refusal !== undefined) throw new DomainError('convention_inutilisable', refusal);
  const result = await sql<{ key: Uint8Array | null }>`
    select agreement_key(${agreementId}::uuid) as key`.execute(trx);
  const key = result.rows[0]?.key;
  if (key === null || key === undefined) {
    throw new DomainError(
      'convention_inutilisable',
      'Votre organisation n’est pas partie à cette convention : elle ne peut pas y importer de fichier.',
    );
  }
  return { agreement, key: new Uint8Array(key) };
}

/** Checks an agreement's terms (catalogue fields, dates, parties of the actor's territory). */
export async function checkInput(trx: Transaction<Database>, actor: Actor, input: AgreementInput) {
  const unknown = input.fields.filter((name) => canonicalField(name) === undefined);
  if (unknown.length > 0) {
    throw new DomainError(
      'champ_hors_convention',
      `Champs inconnus du catalogue : ${unknown.join(', ')}.`,
    );
  }
  if (input.validTo < input.validFrom) {
    throw new DomainError(
      'convention_inutilisable',
      'La date de fin de la convention précède sa date de début.',
    );
  }
  const territory = await trx
    .selectFrom('organisation')
    .select('territory_id')
    .where('id', '=', actor.organisationId)
    .executeTakeFirstOrThrow();
  const parties = await trx
    .selectFrom('organisation')
    .select('id')
    .where('id', 'in', input.parties)
    .where('territory_id', '=', territory.territory_id)
    .execute();
  if (parties.length !== new Set(input.parties).size) {
    throw new DomainError(
      'organisation_introuvable',
      'Une partie de la convention n’est pas une organisation de votre territoire.',
    );
  }
  return territory.territory_id;
}

/** Creates an agreement (status brouillon) and draws its HMAC key; audited. Returns its id. */
export function createAgreement(
  db: Kysely<Database>,
  actor: Actor,
  input: AgreementInput,
): Promise<string> {
  return withActor(db, actor, async (trx) => {
    const territoryId = await checkInput(trx, actor, input);
    const { id } = await trx
      .insertInto('data_agreement')
      .values({
        territory_id: territoryId,
        title: input.title,
        purpose: input.purpose,
        legal_basis: input.legalBasis,
        parties: [...new Set(input.parties)],
        fields: [...new Set(input.fields)],
        retention_months: input.retentionMonths,
        dpo_contact: input.dpoContact,
        valid_from: input.validFrom,
        valid_to: input.validTo,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`select agreement_key_create(${id}::uuid, ${randomBytes(32)}::bytea)`.execute(trx);
    await appendAudit(trx, actor, { action: 'creation', entity: 'data_agreement', entityId: id });
    return id;
  });
}

/** The agreements the actor sees (parties' members and the territory's coordinators), newest first. */
export function listAgreements(db: Kysely<Database>, actor: Actor): Promise<Agreement[]> {
  return withActor(db, actor, (trx) =>
    selectAgreements(trx).orderBy('created_at', 'desc').execute(),
  );
}

/** One agreement, or undefined when the actor cannot see it. */
export function readAgreement(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<Agreement | undefined> {
  return withActor(db, actor, (trx) =>
    selectAgreements(trx).where('id', '=', id).executeTakeFirst(),
  );
}

/**
 * Changes an agreement's status (brouillon → active → suspendue ↔ active → terminee); audited.
 * Returns false when the actor cannot manage it; throws DomainError on a forbidden change.
 */
export function setAgreementStatus(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  status: AgreementStatus,
): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const current = await trx
      .selectFrom('data_agreement')
      .select(['status'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (current === undefined) return false;
    if (!transitions[current.status].includes(status)) {
      throw new DomainError(
        'transition_interdite',
        `Une convention « ${agreementStatusLabels[current.status]} » ne peut pas passer à « ${agreementStatusLabels[status]} ».`,
      );
    }
    const updated = await trx
      .updateTable('data_agreement')
      .set({ status, updated_at: new Date() })
      .where('id', '=', id)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return false;
    await appendAudit(trx, actor, {
      action: 'modification',
      entity: 'data_agreement',
      entityId: id,
    });
    return true;
  });
}
