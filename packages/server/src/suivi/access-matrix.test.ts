import { choosableBenefitIds, type BenefitId } from '@znr/rules';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHousehold } from './households/create-household.ts';
import { addPerson } from './persons/edit-person.ts';
import { answerReferral } from './referrals/answer-referral.ts';
import { openRight } from './rights/follow-right.ts';
import { recordConsent } from './consents/record-consent.ts';
import { referHousehold } from './referrals/refer-household.ts';
import { saveBilan } from './bilans/save-bilan.ts';
import { createTask } from './tasks/save-task.ts';
import { listReferralMessages, postReferralMessage } from './referrals/referral-messages.ts';
import { sql } from 'kysely';
import { buildOrganisation, buildUser, type BuiltUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { roles, type Role } from '../tenancy/roles.ts';

// Every role of two organisations against every case-file endpoint, as docs/security.md says.
// Organisation A owns household HA and referred it (accepted, all parts shared) to organisation B;
// organisation C owns HC and shares nothing. The expectations are written out, not derived from
// the policies under test.

type Org = 'A' | 'B';
type Outcome = 200 | 201 | 204 | 400 | 403 | 404;

let server: TestServer;
const users = new Map<string, BuiltUser>();
const cookies = new Map<string, string>();
let householdA = '';
let householdC = '';
let rightA = '';
let personA = '';
let bilanA = '';
let organisationC = '';
let taskA = '';
let consentA = '';
let messageA = '';
let personC = '';
/** One consent (recontact) of A per caller, so that each withdrawal finds its own. */
const doomedConsents = new Map<string, string>();
/** One task of A per caller, so that each DELETE finds its own task still there. */
const doomedTasks = new Map<string, string>();
let referralA = '';
let waitingReferral = '';
let ownerCActor: { userId: string; organisationId: string; role: Role } | undefined;

const readers: Role[] = ['ambassadeur', 'travailleur_social', 'coordinateur', 'admin'];
const writers: Role[] = ['ambassadeur', 'travailleur_social', 'coordinateur'];

function actorOf(user: BuiltUser) {
  return { userId: user.id, organisationId: user.organisation.id, role: user.role };
}

beforeAll(async () => {
  server = await startTestServer();
  const orgA = await buildOrganisation(server.db, { type: 'ccas_cias' });
  const orgB = await buildOrganisation(server.db, { territoryId: orgA.territory_id, type: 'caf' });
  const orgC = await buildOrganisation(server.db, {
    territoryId: orgA.territory_id,
    type: 'association',
  });
  organisationC = orgC.id;
  for (const [org, organisation] of [
    ['A', orgA],
    ['B', orgB],
  ] as const) {
    for (const role of roles) {
      const user = await buildUser(server.db, { role, organisation });
      users.set(`${org}:${role}`, user);
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: user.email, password: user.password },
      });
      const cookie = response.cookies.find((c) => c.name === 'znr_session');
      cookies.set(`${org}:${role}`, `znr_session=${cookie?.value ?? ''}`);
    }
  }
  const ambassadorA = actorOf(users.get('A:ambassadeur')!);
  const agentB = actorOf(users.get('B:travailleur_social')!);
  const person = { role: 'demandeur' as const, firstName: 'Awa', lastName: 'Diallo' };
  householdA = await createHousehold(server.db, ambassadorA, { persons: [person] });
  consentA = (await recordConsent(server.db, ambassadorA, householdA, {
    scope: 'bilan',
    method: 'oral',
    givenOn: '2026-11-23',
  }))!;
  rightA = (await openRight(server.db, ambassadorA, householdA, { benefit: 'rsa' }))!;
  personA = (await addPerson(server.db, ambassadorA, householdA, { ...person, role: 'conjoint' }))!;
  const bilan = await saveBilan(server.db, ambassadorA, householdA, {
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
  bilanA = 'id' in bilan ? bilan.id : '';
  const referral = await referHousehold(server.db, ambassadorA, householdA, {
    toOrganisationId: orgB.id,
    purpose: 'Ouverture du RSA',
    shares: ['personnes', 'bilans', 'droits'],
    consent: { method: 'oral', givenOn: '2026-11-23' },
  });
  await answerReferral(server.db, agentB, referral!, { status: 'acceptee' });
  referralA = referral!;
  messageA = (await postReferralMessage(server.db, agentB, referralA, 'Dossier bien reçu.'))!;
  taskA = (await createTask(server.db, ambassadorA, householdA, { title: 'Appeler la CAF' }))!;
  for (const org of ['A', 'B']) {
    for (const role of roles) {
      const title = `Tâche à supprimer par ${org} ${role}`;
      doomedConsents.set(
        `${org}:${role}`,
        (await recordConsent(server.db, ambassadorA, householdA, {
          scope: 'recontact',
          method: 'oral',
          givenOn: '2026-11-23',
        }))!,
      );
      doomedTasks.set(
        `${org}:${role}`,
        (await createTask(server.db, ambassadorA, householdA, { title }))!,
      );
    }
  }
  // A second referral to B, sent ten days ago and still unanswered: it waits for a reminder.
  waitingReferral = (await referHousehold(server.db, ambassadorA, householdA, {
    toOrganisationId: orgB.id,
    purpose: 'Aide au logement',
    shares: ['personnes'],
    consent: { method: 'oral', givenOn: '2026-11-13' },
  }))!;
  await sql`update referral set created_at = now() - interval '10 days'
    where id = ${waitingReferral}`.execute(server.db);
  // Organisation D receives one referral of HA, accepted, sharing the persons only: nothing else
  // (no full share) can show it the bilans or the rights.
  const orgD = await buildOrganisation(server.db, {
    territoryId: orgA.territory_id,
    type: 'association',
  });
  for (const role of roles) {
    const user = await buildUser(server.db, { role, organisation: orgD });
    users.set(`D:${role}`, user);
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: user.email, password: user.password },
    });
    const cookie = response.cookies.find((c) => c.name === 'znr_session');
    cookies.set(`D:${role}`, `znr_session=${cookie?.value ?? ''}`);
  }
  const partial = await referHousehold(server.db, ambassadorA, householdA, {
    toOrganisationId: orgD.id,
    purpose: 'Accompagnement budgétaire',
    shares: ['personnes'],
    consent: { method: 'oral', givenOn: '2026-11-23' },
  });
  await answerReferral(server.db, actorOf(users.get('D:travailleur_social')!), partial!, {
    status: 'acceptee',
  });
  const ownerC = await buildUser(server.db, { organisation: orgC });
  ownerCActor = actorOf(ownerC);
  householdC = await createHousehold(server.db, actorOf(ownerC), {
    persons: [{ role: 'demandeur', firstName: 'Jean', lastName: 'Martin' }],
  });
  personC = (
    await server.db
      .selectFrom('person')
      .select('id')
      .where('household_id', '=', householdC)
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => server.close());

interface Endpoint {
  name: string;
  request: (
    org: Org,
    role: Role,
  ) => { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object };
  expected: (org: Org, role: Role) => Outcome;
}

const readOr403 = (ok: Outcome) => (_org: Org, role: Role) => (readers.includes(role) ? ok : 403);
const ownerWrites = (ok: Outcome) => (org: Org, role: Role) =>
  !writers.includes(role) ? 403 : org === 'A' ? ok : 404;
const anyWriter = (ok: Outcome) => (_org: Org, role: Role) => (writers.includes(role) ? ok : 403);

/**
 * A different benefit for each organisation and role, so that each writer follows a new one (not
 * `rsa`, followed at set-up, nor `css`, tried by a third organisation below).
 */
const matrixBenefits = choosableBenefitIds.filter((id) => id !== 'rsa' && id !== 'css');
function benefitOf(org: Org, role: Role): BenefitId {
  const index = (org === 'A' ? 0 : roles.length) + roles.indexOf(role);
  return matrixBenefits[index] ?? 'aide_logement';
}

const endpoints: Endpoint[] = [
  {
    name: 'GET /api/households',
    request: () => ({ method: 'GET', url: '/api/households' }),
    expected: readOr403(200),
  },
  {
    name: 'GET /api/households/HA',
    request: () => ({ method: 'GET', url: `/api/households/${householdA}` }),
    expected: readOr403(200),
  },
  {
    name: 'GET /api/households/HC',
    request: () => ({ method: 'GET', url: `/api/households/${householdC}` }),
    expected: readOr403(404),
  },
  {
    name: 'POST /api/households',
    request: (org, role) => ({
      method: 'POST',
      url: '/api/households',
      payload: { persons: [{ role: 'demandeur', firstName: role, lastName: `Org ${org}` }] },
    }),
    expected: anyWriter(201),
  },
  {
    name: 'PATCH /api/households/HA',
    request: () => ({
      method: 'PATCH',
      url: `/api/households/${householdA}`,
      payload: { quartier: 'Moulin-à-Vent' },
    }),
    expected: ownerWrites(204),
  },
  {
    name: 'POST /api/households/HA/consents',
    request: () => ({
      method: 'POST',
      url: `/api/households/${householdA}/consents`,
      payload: { scope: 'recontact', method: 'ecrit', givenOn: '2026-11-23' },
    }),
    expected: ownerWrites(201),
  },
  {
    name: 'POST /api/households/HA/bilans',
    request: () => ({
      method: 'POST',
      url: `/api/households/${householdA}/bilans`,
      payload: { version: 'test', period: '2026-11', answers: {}, situation: {}, results: {} },
    }),
    expected: ownerWrites(201),
  },
  {
    name: 'POST /api/bilans (HA)',
    request: () => ({
      method: 'POST',
      url: '/api/bilans',
      payload: {
        clientId: randomUUID(),
        household: { id: householdA },
        consent: { method: 'oral', givenOn: '2026-11-23' },
        bilan: { version: 'test', period: '2026-11', answers: {}, situation: {}, results: {} },
      },
    }),
    expected: ownerWrites(201),
  },
  {
    name: 'POST /api/households/HA/rights',
    request: (org, role) => ({
      method: 'POST',
      url: `/api/households/${householdA}/rights`,
      payload: { benefit: benefitOf(org, role) },
    }),
    // The referral shares the household's rights: B may follow a new one too.
    expected: anyWriter(201),
  },
  {
    name: 'PATCH /api/rights/RA',
    request: () => ({
      method: 'PATCH',
      url: `/api/rights/${rightA}`,
      payload: { stage: 'demarche_engagee' },
    }),
    expected: anyWriter(204),
  },
  {
    name: 'POST /api/households/HA/referrals',
    request: () => ({
      method: 'POST',
      url: `/api/households/${householdA}/referrals`,
      payload: {
        toOrganisationId: organisationC,
        purpose: 'Aide alimentaire',
        shares: ['personnes'],
        consent: { method: 'oral', givenOn: '2026-11-23' },
      },
    }),
    expected: ownerWrites(201),
  },
  {
    name: 'GET /api/referrals',
    request: () => ({ method: 'GET', url: '/api/referrals' }),
    expected: readOr403(200),
  },
  {
    name: 'GET /api/households/HA/export',
    request: () => ({ method: 'GET', url: `/api/households/${householdA}/export` }),
    expected: (org, role) =>
      role === 'admin' || role === 'coordinateur' ? (org === 'A' ? 200 : 404) : 403,
  },
  {
    name: 'DELETE /api/households/HC',
    request: () => ({ method: 'DELETE', url: `/api/households/${householdC}` }),
    // Nobody of A or B may erase C's household; the refusal does not say it exists.
    expected: (_org, role) => (role === 'admin' || role === 'coordinateur' ? 404 : 403),
  },
  {
    name: 'GET /api/households/HA/audit',
    request: () => ({ method: 'GET', url: `/api/households/${householdA}/audit` }),
    expected: (_org, role) => (role === 'admin' ? 200 : 403),
  },
  {
    name: 'GET /api/households/HA/audit?action=lecture',
    request: () => ({ method: 'GET', url: `/api/households/${householdA}/audit?action=lecture` }),
    expected: (_org, role) => (role === 'admin' ? 200 : 403),
  },
  {
    name: 'POST /api/households/HA/persons',
    request: (org, role) => ({
      method: 'POST',
      url: `/api/households/${householdA}/persons`,
      payload: { role: 'enfant', firstName: role, lastName: `Org ${org}` },
    }),
    // A referral shares the persons for reading, never for changing who lives there.
    expected: ownerWrites(201),
  },
  {
    name: 'PATCH /api/persons/PA',
    request: () => ({
      method: 'PATCH',
      url: `/api/persons/${personA}`,
      payload: { phone: '06 12 34 56 78' },
    }),
    expected: ownerWrites(204),
  },
  {
    name: 'GET /api/households/HA/timeline',
    request: () => ({ method: 'GET', url: `/api/households/${householdA}/timeline` }),
    expected: readOr403(200),
  },
  {
    name: 'GET /api/households/HC/timeline',
    request: () => ({ method: 'GET', url: `/api/households/${householdC}/timeline` }),
    expected: readOr403(404),
  },
  {
    name: 'GET /api/bilans/BA/rerun',
    request: () => ({ method: 'GET', url: `/api/bilans/${bilanA}/rerun` }),
    // Whoever may read the bilan (the referral shares bilans) may compare it with today's law.
    expected: readOr403(200),
  },
  {
    name: 'POST /api/bilans/BA/rerun',
    request: () => ({ method: 'POST', url: `/api/bilans/${bilanA}/rerun`, payload: {} }),
    expected: ownerWrites(201),
  },
  {
    name: 'GET /api/households/HA/export.pdf',
    request: () => ({ method: 'GET', url: `/api/households/${householdA}/export.pdf` }),
    expected: (org, role) =>
      role === 'admin' || role === 'coordinateur' ? (org === 'A' ? 200 : 404) : 403,
  },
  {
    name: 'GET /api/tasks',
    request: () => ({ method: 'GET', url: '/api/tasks?mine=false' }),
    expected: readOr403(200),
  },
  {
    name: 'GET /api/tasks/TA',
    request: () => ({ method: 'GET', url: `/api/tasks/${taskA}` }),
    // A task belongs to its organisation only, even on a shared household.
    expected: (org, role) => (!readers.includes(role) ? 403 : org === 'A' ? 200 : 404),
  },
  {
    name: 'POST /api/households/HA/tasks',
    request: (org, role) => ({
      method: 'POST',
      url: `/api/households/${householdA}/tasks`,
      payload: { title: `Relancer ${org} ${role}`, dueOn: '2026-11-30' },
    }),
    // B sees HA through the referral: it keeps tasks of its own on it.
    expected: anyWriter(201),
  },
  {
    name: 'PATCH /api/tasks/TA',
    request: () => ({
      method: 'PATCH',
      url: `/api/tasks/${taskA}`,
      payload: { dueOn: '2026-12-01' },
    }),
    expected: ownerWrites(204),
  },
  {
    name: 'DELETE /api/tasks/TA',
    request: (org, role) => ({
      method: 'DELETE',
      url: `/api/tasks/${doomedTasks.get(`${org}:${role}`)}`,
    }),
    // B does not see A's tasks, even on the household it was referred.
    expected: ownerWrites(204),
  },
  // Each resource read on its own and listed per household (item 10 of issue #6): a partner sees
  // what its referral shares (here everything), C's household is nobody's business.
  ...(
    [
      ['persons', () => personA],
      ['consents', () => consentA],
      ['bilans', () => bilanA],
      ['rights', () => rightA],
      ['referrals', () => referralA],
    ] as const
  ).flatMap(([resource, id]): Endpoint[] => [
    {
      name: `GET /api/households/HA/${resource}`,
      request: () => ({ method: 'GET', url: `/api/households/${householdA}/${resource}` }),
      expected: readOr403(200),
    },
    {
      name: `GET /api/${resource}/:id (HA)`,
      request: () => ({ method: 'GET', url: `/api/${resource}/${id()}` }),
      expected: readOr403(200),
    },
  ]),
  {
    name: 'GET /api/households/HC/persons',
    request: () => ({ method: 'GET', url: `/api/households/${householdC}/persons` }),
    expected: readOr403(404),
  },
  {
    name: 'GET /api/persons/PC',
    request: () => ({ method: 'GET', url: `/api/persons/${personC}` }),
    expected: readOr403(404),
  },
  {
    name: 'GET /api/referral-messages/MA',
    request: () => ({ method: 'GET', url: `/api/referral-messages/${messageA}` }),
    expected: readOr403(200),
  },
  {
    name: 'PATCH /api/consents/:id (withdrawal)',
    request: (org, role) => ({
      method: 'PATCH',
      url: `/api/consents/${doomedConsents.get(`${org}:${role}`)}`,
      payload: { withdrawn: true },
    }),
    // Only the organisation that recorded a consent withdraws it.
    expected: ownerWrites(204),
  },
  {
    name: 'POST /api/households/HA/closure',
    request: () => ({
      method: 'POST',
      url: `/api/households/${householdA}/closure`,
      payload: { outcome: 'Droits ouverts' },
    }),
    expected: ownerWrites(204),
  },
  {
    name: 'DELETE /api/households/HA/closure',
    request: () => ({ method: 'DELETE', url: `/api/households/${householdA}/closure` }),
    expected: ownerWrites(204),
  },
  {
    name: 'GET /api/members',
    request: () => ({ method: 'GET', url: '/api/members' }),
    expected: readOr403(200),
  },
  {
    name: 'GET /api/referrals/RA/messages',
    request: () => ({ method: 'GET', url: `/api/referrals/${referralA}/messages` }),
    expected: readOr403(200),
  },
  {
    name: 'POST /api/referrals/RA/messages',
    request: (org, role) => ({
      method: 'POST',
      url: `/api/referrals/${referralA}/messages`,
      payload: { body: `Message de ${org} ${role}` },
    }),
    expected: anyWriter(201),
  },
  {
    name: 'POST /api/referrals/RW/reminder',
    request: () => ({ method: 'POST', url: `/api/referrals/${waitingReferral}/reminder` }),
    // Only the sending organisation reminds; the receiving one answers instead.
    expected: (org, role) => (!writers.includes(role) ? 403 : org === 'A' ? 201 : 400),
  },
];
describe.each(endpoints)('$name', (endpoint) => {
  it.each((['A', 'B'] as const).flatMap((org) => roles.map((role) => ({ org, role }))))(
    'answers $org:$role as docs/security.md says',
    async ({ org, role }) => {
      const response = await server.app.inject({
        ...endpoint.request(org, role),
        headers: { cookie: cookies.get(`${org}:${role}`)! },
      });
      expect(response.statusCode, response.body).toBe(endpoint.expected(org, role));
    },
  );

  it('answers 401 to nobody logged in', async () => {
    const response = await server.app.inject(endpoint.request('A', 'ambassadeur'));
    expect(response.statusCode).toBe(401);
  });
});

describe('what each organisation sees', () => {
  it('lists HA to both organisations and HC to neither', async () => {
    for (const org of ['A', 'B']) {
      const response = await server.app.inject({
        method: 'GET',
        url: '/api/households',
        headers: { cookie: cookies.get(`${org}:ambassadeur`)! },
      });
      const ids = response.json<{ id: string }[]>().map((h) => h.id);
      expect(ids).toContain(householdA);
      expect(ids).not.toContain(householdC);
    }
  });

  it('shows the administrator of A who accessed HA, B’s agent included', async () => {
    const response = await server.app.inject({
      method: 'GET',
      url: `/api/households/${householdA}/audit`,
      headers: { cookie: cookies.get('A:admin')! },
    });
    const entries = response.json<{ action: string; organisationName: string }[]>();
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['creation', 'acceptee', 'lecture']),
    );
    expect(new Set(entries.map((e) => e.organisationName)).size).toBeGreaterThan(1);
  });
});

describe('messages and reminders', () => {
  it('shows a referral’s messages to its two organisations only', async () => {
    const read = (org: Org) =>
      server.app.inject({
        method: 'GET',
        url: `/api/referrals/${referralA}/messages`,
        headers: { cookie: cookies.get(`${org}:ambassadeur`)! },
      });
    const fromA = (await read('A')).json<{ body: string; organisationName: string }[]>();
    const fromB = (await read('B')).json<{ body: string }[]>();
    expect(fromA.map((m) => m.body)).toContain('Message de B travailleur_social');
    expect(fromB.map((m) => m.body)).toEqual(fromA.map((m) => m.body));
    expect(await listReferralMessages(server.db, ownerCActor!, referralA)).toBeUndefined();
    // Row-level security alone, without any WHERE: C reads no message at all.
    const { withActor } = await import('../db/with-actor.ts');
    const rows = await withActor(server.db, ownerCActor!, (trx) =>
      trx.selectFrom('referral_message').select('id').execute(),
    );
    expect(rows).toEqual([]);
  });

  it('flags the waiting referral in B’s inbox, counts it, and shows A its reminder', async () => {
    const inbox = (org: Org) =>
      server.app.inject({
        method: 'GET',
        url: '/api/referrals',
        headers: { cookie: cookies.get(`${org}:ambassadeur`)! },
      });
    type Line = { id: string; waiting: boolean; ageDays: number; lastReminderAt: string | null };
    const b = (await inbox('B')).json<{ waiting: number; received: Line[] }>();
    expect(b.waiting).toBe(1);
    const received = b.received.find((r) => r.id === waitingReferral)!;
    expect(received).toMatchObject({ waiting: true, ageDays: 10 });
    expect(b.received.find((r) => r.id === referralA)).toMatchObject({ waiting: false });
    const a = (await inbox('A')).json<{ sent: Line[] }>();
    expect(a.sent.find((r) => r.id === waitingReferral)?.lastReminderAt).not.toBeNull();
  });
});

// Every role of D, whose only referral of HA shares the persons: the household and its persons
// show, its bilans and rights neither show nor change.
describe('a referral sharing the persons only (organisation D)', () => {
  const partialEndpoints: {
    name: string;
    request: () => { method: 'GET' | 'PATCH' | 'POST'; url: string; payload?: object };
    expected: (role: Role) => Outcome;
  }[] = [
    {
      name: 'GET /api/bilans/BA/rerun',
      request: () => ({ method: 'GET', url: `/api/bilans/${bilanA}/rerun` }),
      expected: (role) => (readers.includes(role) ? 404 : 403),
    },
    {
      name: 'PATCH /api/rights/RA',
      request: () => ({
        method: 'PATCH',
        url: `/api/rights/${rightA}`,
        payload: { stage: 'demarche_engagee' },
      }),
      expected: (role) => (writers.includes(role) ? 404 : 403),
    },
    {
      name: 'POST /api/households/HA/rights',
      request: () => ({
        method: 'POST',
        url: `/api/households/${householdA}/rights`,
        payload: { benefit: 'css' },
      }),
      expected: (role) => (writers.includes(role) ? 404 : 403),
    },
    {
      name: 'PATCH /api/persons/PA',
      request: () => ({
        method: 'PATCH',
        url: `/api/persons/${personA}`,
        payload: { firstName: 'Aïssatou' },
      }),
      expected: (role) => (writers.includes(role) ? 404 : 403),
    },
  ];

  it.each(roles)('shows D:%s the household with its persons only', async (role) => {
    const response = await server.app.inject({
      method: 'GET',
      url: `/api/households/${householdA}`,
      headers: { cookie: cookies.get(`D:${role}`)! },
    });
    if (!readers.includes(role)) {
      expect(response.statusCode).toBe(403);
      return;
    }
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{ persons: unknown[]; bilans: unknown[]; rights: unknown[] }>();
    // Other tests of this file add persons to HA: at least Awa Diallo and her partner.
    expect(body.persons.length).toBeGreaterThanOrEqual(2);
    expect([body.bilans.length, body.rights.length]).toEqual([0, 0]);
  });

  describe.each(partialEndpoints)('$name', (endpoint) => {
    it.each(roles)('answers D:%s as the shared parts say', async (role) => {
      const response = await server.app.inject({
        ...endpoint.request(),
        headers: { cookie: cookies.get(`D:${role}`)! },
      });
      expect(response.statusCode, response.body).toBe(endpoint.expected(role));
    });
  });
});
