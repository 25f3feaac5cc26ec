import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor } from '../../db/with-actor.ts';
import { answerReferral } from '../referrals/answer-referral.ts';
import { closeFollowUp } from '../rights/close-follow-up.ts';
import { createHousehold } from './create-household.ts';
import { openRight, updateRight } from '../rights/follow-right.ts';
import { recordConsent } from '../consents/record-consent.ts';
import { referHousehold } from '../referrals/refer-household.ts';
import { saveBilan } from '../bilans/save-bilan.ts';
import { buildOrganisation, buildUser, type BuiltUser } from '../../test/factories.ts';
import { startTestServer, type TestServer, sessionCookie } from '../../test/test-server.ts';

// Persons, timeline, PDF export, audit filters and bilan re-runs through the HTTP API, with a
// household of organisation A referred to organisation B.

let server: TestServer;
let ambassador: BuiltUser;
let agent: BuiltUser;
let admin: BuiltUser;
let household = '';
let bilan = '';
const cookies = new Map<BuiltUser, string>();

const actorOf = (user: BuiltUser) => ({
  userId: user.id,
  organisationId: user.organisation.id,
  role: user.role,
});

/** A single adult without income in Vénissieux, saved for January 2026. */
const situation = {
  individus: {
    demandeur: {
      date_naissance: { ETERNITY: '1985-05-01' },
      salaire_net: { '2025-10': 0, '2025-11': 0, '2025-12': 0 },
    },
  },
  familles: { famille: { parents: ['demandeur'], enfants: [] } },
  foyers_fiscaux: { foyer: { declarants: ['demandeur'], personnes_a_charge: [] } },
  menages: {
    menage: { personne_de_reference: ['demandeur'], enfants: [], depcom: { '2026-01': '69259' } },
  },
};

function login(user: BuiltUser): Promise<string> {
  return sessionCookie(server, user);
}

function call(user: BuiltUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return server.app.inject({
    method,
    url,
    headers: { cookie: cookies.get(user)! },
    ...(payload === undefined ? {} : { payload }),
  });
}

beforeAll(async () => {
  server = await startTestServer();
  const orgA = await buildOrganisation(server.db, { type: 'association' });
  const orgB = await buildOrganisation(server.db, { territoryId: orgA.territory_id, type: 'caf' });
  ambassador = await buildUser(server.db, { organisation: orgA });
  admin = await buildUser(server.db, { role: 'admin', organisation: orgA });
  agent = await buildUser(server.db, { role: 'travailleur_social', organisation: orgB });
  for (const user of [ambassador, agent, admin]) cookies.set(user, await login(user));
  household = await createHousehold(server.db, actorOf(ambassador), {
    commune: 'Vénissieux',
    persons: [{ role: 'demandeur', firstName: 'Aminata', lastName: 'Koné' }],
  });
  await recordConsent(server.db, actorOf(ambassador), household, {
    scope: 'bilan',
    method: 'oral',
    givenOn: '2026-01-15',
  });
  const saved = await saveBilan(server.db, actorOf(ambassador), household, {
    version: '0.0.9',
    parametersVersion: '2025-04-01.00000000',
    period: '2026-01',
    answers: { 'demandeur.age': 40 },
    situation,
    results: [
      { id: 'rsa', status: 'eligible', amount: 646.52, reasons: [] },
      { id: 'ppa', status: 'non_eligible', amount: 0, reasons: ['Pas de revenus d’activité'] },
    ],
  });
  bilan = 'id' in saved ? saved.id : '';
  const right = await openRight(server.db, actorOf(ambassador), household, { benefit: 'rsa' });
  const referral = await referHousehold(server.db, actorOf(ambassador), household, {
    toOrganisationId: orgB.id,
    purpose: 'Ouverture du RSA',
    shares: ['personnes', 'bilans', 'droits'],
    consent: { method: 'oral', givenOn: '2026-01-15' },
  });
  await answerReferral(server.db, actorOf(agent), referral!, { status: 'acceptee' });
  await updateRight(server.db, actorOf(agent), right!, { stage: 'ouvert', actualMonthly: 651.69 });
});
afterAll(() => server.close());

describe('persons of a household', () => {
  it('adds a person, edits it, and finds it by its new name and phone', async () => {
    const added = await call(ambassador, 'POST', `/api/households/${household}/persons`, {
      role: 'enfant',
      firstName: 'Ibrahim',
      lastName: 'Kone',
      birthDate: '2015-06-02',
    });
    expect(added.statusCode, added.body).toBe(201);
    const { id } = added.json<{ id: string }>();
    const edited = await call(ambassador, 'PATCH', `/api/persons/${id}`, {
      firstName: 'Ibrahima',
      phone: '06 98 76 54 32',
    });
    expect(edited.statusCode, edited.body).toBe(204);
    const found = await call(ambassador, 'GET', '/api/households?q=ibrahima%2B33698765432');
    expect(found.json<{ id: string }[]>().map((h) => h.id)).toEqual([household]);
    const read = await call(ambassador, 'GET', `/api/households/${household}`);
    expect(read.json<{ persons: { firstName: string; role: string }[] }>().persons).toEqual(
      expect.arrayContaining([expect.objectContaining({ firstName: 'Ibrahima', role: 'enfant' })]),
    );
  });

  it('names the field and the reason in French', async () => {
    const response = await call(ambassador, 'POST', `/api/households/${household}/persons`, {
      role: 'grand-parent',
      firstName: '',
      lastName: 'Koné',
    });
    expect(response.statusCode).toBe(400);
    const issues = response.json<{ issues: { field: string; message: string }[] }>().issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'role', message: expect.stringContaining('valeurs possibles') as unknown },
        { field: 'firstName', message: 'ne doit pas être vide' },
      ]),
    );
  });

  it('lets the partner read the persons but not change them', async () => {
    const read = await call(agent, 'GET', `/api/households/${household}`);
    const [person] = read.json<{ persons: { id: string }[] }>().persons;
    const edited = await call(agent, 'PATCH', `/api/persons/${person!.id}`, { lastName: 'X' });
    expect(edited.statusCode).toBe(404);
  });
});

describe('timeline', () => {
  it('tells the household’s story in order, each step with who acted', async () => {
    const response = await call(ambassador, 'GET', `/api/households/${household}/timeline`);
    expect(response.statusCode).toBe(200);
    const events = response.json<{ at: string; label: string; organisationName: string }[]>();
    const labels = events.map((e) => e.label);
    expect(labels[0]).toBe('Ouverture du dossier');
    const order = [
      'Ouverture du dossier',
      'Consentement (oral) pour enregistrer ses bilans',
      'Bilan de droits enregistré (mois de 01/2026)',
      'RSA : Identifié',
      `Orientation envoyée à ${agent.organisation.name} : Ouverture du RSA`,
      `Orientation acceptée par ${agent.organisation.name}`,
      'RSA : Ouvert',
    ].map((label) => labels.findIndex((l) => l.startsWith(label)));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(events.find((e) => e.label === 'RSA : Ouvert')?.organisationName).toBe(
      agent.organisation.name,
    );
    const times = events.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
  });

  it('shows the partner only what row-level security lets it see: not the owner’s tasks', async () => {
    await withActor(server.db, actorOf(ambassador), (trx) =>
      trx
        .insertInto('task')
        .values({
          household_id: household,
          organisation_id: ambassador.organisation.id,
          title: 'Rappeler Mme Koné',
          created_by: ambassador.id,
        })
        .execute(),
    );
    const labels = async (user: BuiltUser) =>
      (await call(user, 'GET', `/api/households/${household}/timeline`))
        .json<{ label: string }[]>()
        .map((e) => e.label);
    expect(await labels(ambassador)).toContain('Tâche créée : Rappeler Mme Koné');
    const partner = await labels(agent);
    expect(partner).toContain('RSA : Ouvert');
    expect(partner.some((label) => label.startsWith('Tâche'))).toBe(false);
  });

  it('ends with the closing of the follow-up and its outcome', async () => {
    await closeFollowUp(server.db, actorOf(ambassador), household, 'RSA ouvert, suivi terminé');
    const events = (await call(ambassador, 'GET', `/api/households/${household}/timeline`)).json<
      { kind: string; label: string }[]
    >();
    expect(events.at(-1)).toMatchObject({
      kind: 'cloture',
      label: 'Suivi clôturé : RSA ouvert, suivi terminé',
    });
    await closeFollowUp(server.db, actorOf(ambassador), household, null);
  });

  it('keeps the closing once reopened, then the reopening, and shows both to the partner', async () => {
    const labels = async (user: BuiltUser) =>
      (await call(user, 'GET', `/api/households/${household}/timeline`))
        .json<{ kind: string; label: string }[]>()
        .filter((e) => e.kind === 'cloture')
        .map((e) => e.label);
    const history = ['Suivi clôturé : RSA ouvert, suivi terminé', 'Suivi rouvert'];
    expect(await labels(ambassador)).toEqual(history);
    expect(await labels(agent)).toEqual(history);
  });
});

describe('re-running a bilan with today’s law', () => {
  it('shows per benefit what changed, with both versions', async () => {
    const response = await call(ambassador, 'GET', `/api/bilans/${bilan}/rerun?period=2026-11`);
    expect(response.statusCode, response.body).toBe(200);
    const rerun = response.json<{
      before: { period: string; engineVersion: string; parametersVersion: string };
      after: { period: string; engineVersion: string; parametersVersion: string };
      composition: unknown;
      benefits: {
        id: string;
        before: { amount: number } | null;
        after: { amount: number };
        difference: number;
      }[];
    }>();
    expect(rerun.before).toMatchObject({ period: '2026-01', engineVersion: '0.0.9' });
    expect(rerun.after.period).toBe('2026-11');
    expect(rerun.after.parametersVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
    const rsa = rerun.benefits.find((b) => b.id === 'rsa')!;
    // The RSA montant forfaitaire was revalued on 1 April 2026: 646.52 → 651.69 for one adult.
    expect(rsa.before?.amount).toBe(646.52);
    expect(rsa.after.amount).toBe(651.69);
    expect(rsa.difference).toBe(5.17);
    expect(rerun.benefits.find((b) => b.id === 'ppa')?.difference).toBe(0);
    // The case file now has a child the bilan did not know (added by the persons test above).
    expect(rerun.composition).toEqual({
      bilan: { adults: 1, children: 0 },
      household: { adults: 1, children: 1 },
      changed: true,
    });
  });

  it('saves the re-run as a new bilan, the old one kept', async () => {
    const saved = await call(ambassador, 'POST', `/api/bilans/${bilan}/rerun`, {
      period: '2026-11',
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const { id } = saved.json<{ id: string }>();
    const read = await call(ambassador, 'GET', `/api/households/${household}`);
    const bilans = read.json<{ bilans: { id: string; period: string }[] }>().bilans;
    expect(bilans.map((b) => b.id)).toEqual(expect.arrayContaining([bilan, id]));
    // Re-running the new bilan for its own month changes nothing.
    const again = await call(ambassador, 'GET', `/api/bilans/${id}/rerun?period=2026-11`);
    const benefits = again.json<{ benefits: { difference: number }[] }>().benefits;
    expect(benefits.every((b) => b.difference === 0)).toBe(true);
  });

  it('lets the partner compare but not save, and refuses a bad month in French', async () => {
    expect((await call(agent, 'GET', `/api/bilans/${bilan}/rerun`)).statusCode).toBe(200);
    expect((await call(agent, 'POST', `/api/bilans/${bilan}/rerun`, {})).statusCode).toBe(404);
    const bad = await call(ambassador, 'GET', `/api/bilans/${bilan}/rerun?period=2026-13`);
    expect(bad.json<{ issues: unknown[] }>().issues).toEqual([
      { field: 'period', message: 'mois invalide (format AAAA-MM attendu)' },
    ]);
  });
});

describe('administrator’s audit view', () => {
  it('filters by organisation, action and day', async () => {
    const all = await call(admin, 'GET', `/api/households/${household}/audit`);
    const entries = all.json<{ organisationName: string; action: string }[]>();
    expect(new Set(entries.map((e) => e.organisationName))).toEqual(
      new Set([ambassador.organisation.name, agent.organisation.name]),
    );
    const partner = await call(
      admin,
      'GET',
      `/api/households/${household}/audit?organisationId=${agent.organisation.id}&action=acceptee`,
    );
    expect(partner.json<{ organisationName: string; action: string }[]>()).toEqual([
      expect.objectContaining({ organisationName: agent.organisation.name, action: 'acceptee' }),
    ]);
    const future = await call(admin, 'GET', `/api/households/${household}/audit?from=2999-01-01`);
    expect(future.json()).toEqual([]);
    const bad = await call(admin, 'GET', `/api/households/${household}/audit?from=hier`);
    expect(bad.statusCode).toBe(400);
  });
});

describe('GDPR export as a PDF', () => {
  it('is a tagged PDF in French that holds the persons and the rights', async () => {
    const response = await call(admin, 'GET', `/api/households/${household}/export.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const raw = response.rawPayload.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/Lang \(fr-FR\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    const text = shownText(raw);
    expect(text).toContain('Données détenues sur votre ménage');
    expect(text).toContain('Aminata Koné');
    expect(text).toContain(
      'Revenu de solidarité active (RSA) : Ouvert (versé 651,69\u00a0€ par mois)',
    );
    expect(text).toContain('Ouverture du RSA');
  });

  it('is refused to an ambassador and to the partner organisation', async () => {
    expect(
      (await call(ambassador, 'GET', `/api/households/${household}/export.pdf`)).statusCode,
    ).toBe(403);
  });
});

// The text pdfkit shows: the hex strings of every TJ array in the deflated content streams.
function shownText(raw: string): string {
  const WIN_ANSI_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  const parts: string[] = [];
  // The deflated bytes may themselves end in \r: try them whole, then without that last byte.
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\nendstream/g)) {
    const bytes = Buffer.from(match[1]!, 'latin1');
    const data =
      inflated(bytes) ?? (bytes.at(-1) === 0x0d ? inflated(bytes.subarray(0, -1)) : null);
    if (data === null) continue;
    for (const array of data.toString('latin1').matchAll(/\[([^\]]*)\] TJ/g)) {
      for (const hex of array[1]!.matchAll(/<([0-9A-Fa-f]*)>/g)) {
        for (const byte of Buffer.from(hex[1]!, 'hex')) {
          parts.push(
            byte >= 0x80 && byte <= 0x9f ? WIN_ANSI_80_9F[byte - 0x80]! : String.fromCharCode(byte),
          );
        }
      }
      parts.push(' ');
    }
  }
  return parts.join('').replace(/ +/g, ' ');
}

function inflated(bytes: Buffer): Buffer | null {
  try {
    return inflateSync(bytes);
  } catch {
    return null;
  }
}

describe('rights of a household', () => {
  it('follows only a benefit of the vocabulary, and names the field and the reason in French', async () => {
    for (const benefit of ['aides_logement', 'ASF', '', 'autre_aide']) {
      const refused = await call(ambassador, 'POST', `/api/households/${household}/rights`, {
        benefit,
      });
      expect(refused.statusCode, benefit).toBe(400);
      const { issues } = refused.json<{ issues: { field: string; message: string }[] }>();
      expect(issues, benefit).toEqual([
        {
          field: 'benefit',
          message: expect.stringMatching(
            /^valeur non reconnue ; valeurs possibles : rsa, ppa, aide_logement/,
          ) as unknown,
        },
      ]);
    }
    const followed = await call(ambassador, 'POST', `/api/households/${household}/rights`, {
      benefit: 'aide_logement',
    });
    expect(followed.statusCode).toBe(201);
  });
});
