import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { frenchPhonetic } from '@znr/linkage';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActorReading, type Actor } from '../../db/with-actor.ts';
import { isoDate } from '../../db/iso-date.ts';
import { nameWords, phoneKey } from '../search-keys.ts';
import { parseBirthDate, parseSearch } from '../search-query.ts';

/** What to look for; every given criterion must match one person of the household. */
export interface HouseholdSearch {
  /**
   * What was typed in the search box: words of a name (any order, accents and case ignored,
   * spelling tolerated by sound), and possibly a birth date and a phone number.
   */
  q?: string | undefined;
  /** `AAAA-MM-JJ` or `JJ/MM/AAAA`. */
  birthDate?: string | undefined;
  phone?: string | undefined;
  limit?: number | undefined;
}

/** A line of the household list. */
export interface HouseholdSummary {
  id: string;
  organisationId: string;
  commune: string | null;
  quartier: string | null;
  lastActivityAt: Date;
  persons: { firstName: string; lastName: string; birthDate: string | null }[];
}

/**
 * The households the actor may see (their organisation's, and those referred to it with consent),
 * most recently active first, filtered by name, birth date or phone. Audited as one search.
 */
export function searchHouseholds(
  db: Kysely<Database>,
  actor: Actor,
  search: HouseholdSearch,
): Promise<HouseholdSummary[]> {
  const typed = parseSearch(search.q ?? '');
  const birthDate =
    search.birthDate === undefined ? typed.birthDate : parseBirthDate(search.birthDate);
  const phone = phoneKey(search.phone) ?? typed.phone ?? null;
  return withActorReading(db, actor, async (trx) => {
    let persons = trx.selectFrom('person as p').select('p.household_id');
    const words = nameWords(typed.name);
    for (const word of words) {
      const sound = frenchPhonetic(word);
      persons = persons.where((eb) =>
        eb.or([
          eb('p.name_key', 'like', `% ${word}%`),
          ...(sound.length > 1 ? [eb('p.phonetic_key', 'like', `% ${sound} %`)] : []),
        ]),
      );
    }
    if (birthDate !== undefined) persons = persons.where('p.birth_date', '=', birthDate);
    if (phone !== null) persons = persons.where('p.phone_key', '=', phone);
    const filtered =
      words.length > 0 || birthDate !== undefined || phone !== null || search.q !== undefined;

    // Row-level security alone would hold, but these explicit conditions let the planner use the
    // per-organisation indexes instead of testing the policy on every row of every territory.
    const referred = trx
      .selectFrom('referral')
      .select('household_id')
      .where('to_organisation_id', '=', actor.organisationId)
      .where('status', 'in', ['envoyee', 'acceptee']);
    // Two branches rather than one OR, so each uses its index (organisation, or household).
    const matching = persons
      .where('p.organisation_id', '=', actor.organisationId)
      .union(persons.where('p.household_id', 'in', referred));
    // The members come in the same statement, as a JSON list per household: one round trip.
    let households = trx
      .selectFrom('household as h')
      .where((eb) =>
        eb.or([eb('h.organisation_id', '=', actor.organisationId), eb('h.id', 'in', referred)]),
      )
      .select(['h.id', 'h.organisation_id', 'h.commune', 'h.quartier', 'h.last_activity_at'])
      .select((eb) =>
        jsonArrayFrom(
          eb
            .selectFrom('person as m')
            .select(['m.first_name as firstName', 'm.last_name as lastName'])
            .select(isoDate('m.birth_date').as('birthDate'))
            .whereRef('m.household_id', '=', 'h.id')
            .orderBy(sql`m.role = 'demandeur'`, 'desc')
            .orderBy('m.created_at'),
        ).as('persons'),
      )
      .orderBy('h.last_activity_at', 'desc')
      .orderBy('h.id')
      .limit(search.limit ?? 50);
    if (filtered) households = households.where('h.id', 'in', matching);
    const rows = await households.execute();
    await appendAudit(trx, actor, { action: 'recherche', entity: 'household' });
    return rows.map((row) => ({
      id: row.id,
      organisationId: row.organisation_id,
      commune: row.commune,
      quartier: row.quartier,
      lastActivityAt: row.last_activity_at,
      persons: row.persons,
    }));
  });
}
