import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerReferral } from './referrals/answer-referral.ts';
import { createHousehold } from './households/create-household.ts';
import { openRight } from './rights/follow-right.ts';
import { recordConsent, withdrawConsent } from './consents/record-consent.ts';
import { referHousehold } from './referrals/refer-household.ts';
import { saveBilan } from './bilans/save-bilan.ts';
import { buildOrganisation, buildUser, type BuiltUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';

// The promise of the shared sets (migrations 0005 and 0015): an organisation that receives a
// referral sees the household, and of its case file only the parts the person agreed to share,
// while the referral is pending or accepted and the consent stands. Each case below sends one
// referral to an organisation of its own, which has no other referral: nothing else can show it
// the household. Checked in SQL (queries without WHERE) and through the API.

type Part = 'personnes' | 'bilans' | 'droits';
type Outcome = 'envoyee' | 'acceptee' | 'refusee' | 'cloturee' | 'consentement_retire';

let server: TestServer;
let owner: BuiltUser;
let household = '';

const actor = (user: BuiltUser): Actor => ({
  userId: user.id,
  organisationId: user.organisation.id,
  role: user.role,
});

beforeAll(async () => {
  server = await startTestServer();
  owner = await buildUser(server.db, { role: 'ambassadeur' });
  const person = { role: 'demandeur' as const, firstName: 'Awa', lastName: 'Diallo' };
  household = await createHousehold(server.db, actor(owner), { persons: [person] });
  await openRight(server.db, actor(owner), household, { benefit: 'rsa' });
  await recordConsent(server.db, actor(owner), household, {
    scope: 'bilan',
    method: 'oral',
    givenOn: '2026-11-23',
  });
  const bilan = await saveBilan(server.db, actor(owner), household, {
    version: 'test',
    period: '2026-11',
    answers: {},
    situation: {
      individus: { demandeur: { date_naissance: { ETERNITY: '1985-05-01' } } },
      familles: { famille: { parents: ['demandeur'] } },
      menages: { menage: { personne_de_reference: ['demandeur'] } },
    },
    results: [],
  });
  // The owner's case file holds one of everything, so a part not shown is a part kept back.
  expect('id' in bilan).toBe(true);
  expect(await countAll()).toEqual({
    household: 1,
    person: 1,
    consent: 1,
    bilan: 1,
    right_follow_up: 1,
    right_stage_history: 1,
  });
});
afterAll(() => server.close());

/** A new organisation of the territory, with a social worker logged in, and one referral to it. */
async function partnerWithReferral(shares: Part[], outcome: Outcome) {
  const organisation = await buildOrganisation(server.db, {
    territoryId: owner.organisation.territory_id,
    type: 'caf',
  });
  const partner = await buildUser(server.db, { role: 'travailleur_social', organisation });
  const referral = (await referHousehold(server.db, actor(owner), household, {
    toOrganisationId: organisation.id,
    purpose: 'Ouverture du RSA',
    shares,
    consent: { method: 'oral', givenOn: '2026-11-23' },
  }))!;
  if (outcome !== 'envoyee') {
    const answer =
      outcome === 'refusee'
        ? { status: 'refusee' as const, reason: 'Hors de notre secteur' }
        : { status: 'acceptee' as const };
    await answerReferral(server.db, actor(partner), referral, answer);
  }
  if (outcome === 'cloturee') {
    await answerReferral(server.db, actor(partner), referral, {
      status: 'cloturee',
      outcome: 'Droit ouvert',
    });
  }
  if (outcome === 'consentement_retire') {
    const { consent_id } = await server.db
      .selectFrom('referral')
      .select('consent_id')
      .where('id', '=', referral)
      .executeTakeFirstOrThrow();
    expect(await withdrawConsent(server.db, actor(owner), consent_id)).toBe(true);
  }
  const login = await server.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email: partner.email, password: partner.password },
  });
  const cookie = login.cookies.find((c) => c.name === 'znr_session')?.value ?? '';
  return { partner, cookie };
}

const TABLES = [
  'household',
  'person',
  'consent',
  'bilan',
  'right_follow_up',
  'right_stage_history',
] as const;

/** The rows of each table of the case file, as the database owner sees them (no security). */
function countAll() {
  return countRows(server.db);
}

/** What the partner's queries without WHERE return, table by table. */
function seenInSql(partner: BuiltUser) {
  return withActor(server.db, actor(partner), (trx) => countRows(trx));
}

async function countRows(db: Kysely<Database>) {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const result = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
    counts[table] = result.rows[0]!.n;
  }
  return counts;
}

const tablesOf: Record<Part, string[]> = {
  personnes: ['person', 'consent'],
  bilans: ['bilan'],
  droits: ['right_follow_up', 'right_stage_history'],
};

const cases: [Part[], Outcome][] = [];
for (const outcome of [
  'envoyee',
  'acceptee',
  'refusee',
  'cloturee',
  'consentement_retire',
] as const) {
  for (const part of ['personnes', 'bilans', 'droits'] as const) cases.push([[part], outcome]);
}
cases.push([['bilans', 'droits'], 'acceptee'], [['personnes', 'bilans', 'droits'], 'acceptee']);

describe.each(cases)('a referral sharing %j, %s', (shares, outcome) => {
  const shows = outcome === 'envoyee' || outcome === 'acceptee';
  let partner: BuiltUser;
  let cookie = '';
  beforeAll(async () => {
    ({ partner, cookie } = await partnerWithReferral(shares, outcome));
  });

  it(
    shows ? 'shows the household and only the shared parts in SQL' : 'shows nothing in SQL',
    async () => {
      const seen = await seenInSql(partner);
      // Everything of the household when shown (the consents grow with each case's referral).
      const all = await countAll();
      const shared = new Set(shares.flatMap((part) => tablesOf[part]));
      const expected = Object.fromEntries(
        TABLES.map((t) => [t, shows && (t === 'household' || shared.has(t)) ? all[t] : 0]),
      );
      expect(seen).toEqual(expected);
    },
  );

  it(
    shows ? 'answers the case file with only the shared parts' : 'answers 404 for the household',
    async () => {
      const response = await server.app.inject({
        method: 'GET',
        url: `/api/households/${household}`,
        cookies: { znr_session: cookie },
      });
      if (!shows) {
        expect(response.statusCode).toBe(404);
        return;
      }
      expect(response.statusCode).toBe(200);
      const body = response.json<{ persons: unknown[]; bilans: unknown[]; rights: unknown[] }>();
      expect({
        persons: body.persons.length,
        bilans: body.bilans.length,
        rights: body.rights.length,
      }).toEqual({
        persons: shares.includes('personnes') ? 1 : 0,
        bilans: shares.includes('bilans') ? 1 : 0,
        rights: shares.includes('droits') ? 1 : 0,
      });
    },
  );
});
