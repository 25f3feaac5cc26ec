import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHousehold } from '../households/create-household.ts';
import { buildOrganisation, buildUser, type BuiltUser } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';

// A bilan sent by a device's queue: saved once with its case file and consent, however many times
// the device sends it (a lost answer, a retry when the network comes back, two sends racing).

let server: TestServer;
let ambassador: BuiltUser;
let cookie = '';
let otherHousehold = '';

const bilan = {
  version: '0.1.0',
  period: '2026-11',
  answers: { 'foyer.couple': { value: false } },
  situation: { individus: { demandeur: {} } },
  results: [{ id: 'rsa', status: 'eligible', amount: 646.52 }],
};

async function login(user: BuiltUser): Promise<string> {
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email: user.email, password: user.password },
  });
  return `znr_session=${response.cookies.find((c) => c.name === 'znr_session')?.value ?? ''}`;
}

/** What a device's queue sends for a bilan of `household` (an id, or a new case file). */
function syncOf(household: object, method = 'oral', clientId: string = randomUUID()) {
  return { clientId, household, consent: { method, givenOn: '2026-11-23' }, bilan };
}

function send(url: string, payload: object) {
  return server.app.inject({ method: 'POST', url, payload, headers: { cookie } });
}

async function rowsOf(householdId: string) {
  const bilans = await server.db
    .selectFrom('bilan')
    .select(['id', 'client_id'])
    .where('household_id', '=', householdId)
    .execute();
  const consents = await server.db
    .selectFrom('consent')
    .select(['scope', 'method', 'given_on'])
    .where('household_id', '=', householdId)
    .execute();
  const persons = await server.db
    .selectFrom('person')
    .select(['first_name', 'last_name', 'role'])
    .where('household_id', '=', householdId)
    .execute();
  return { bilans, consents, persons };
}

beforeAll(async () => {
  server = await startTestServer();
  const organisation = await buildOrganisation(server.db);
  ambassador = await buildUser(server.db, { role: 'ambassadeur', organisation });
  cookie = await login(ambassador);
  const other = await buildUser(server.db, { organisation: await buildOrganisation(server.db) });
  otherHousehold = await createHousehold(
    server.db,
    { userId: other.id, organisationId: other.organisation.id, role: other.role },
    { persons: [{ role: 'demandeur', firstName: 'Jean', lastName: 'Martin' }] },
  );
});
afterAll(() => server.close());

describe('POST /api/bilans', () => {
  it('opens the case file, records the consent and saves the bilan once, however often sent', async () => {
    const payload = {
      clientId: randomUUID(),
      household: {
        create: {
          address: '3 rue Jules-Ferry',
          inseeCode: '69259',
          commune: 'Vénissieux',
          persons: [{ role: 'demandeur', firstName: 'Awa', lastName: 'Diallo' }],
        },
      },
      consent: { method: 'oral', givenOn: '2026-11-23' },
      bilan,
    };
    const first = await send('/api/bilans', payload);
    expect(first.statusCode).toBe(201);
    const saved = first.json<{ id: string; householdId: string; created: boolean }>();
    expect(saved.created).toBe(true);

    const again = await send('/api/bilans', payload);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ ...saved, created: false });

    const rows = await rowsOf(saved.householdId);
    expect(rows.bilans).toEqual([{ id: saved.id, client_id: payload.clientId }]);
    expect(rows.consents).toHaveLength(1);
    expect(rows.consents[0]).toMatchObject({ scope: 'bilan', method: 'oral' });
    expect(rows.persons).toEqual([{ first_name: 'Awa', last_name: 'Diallo', role: 'demandeur' }]);
  });

  it('saves once when two sends of the same bilan race', async () => {
    const household = await createHousehold(
      server.db,
      { userId: ambassador.id, organisationId: ambassador.organisation.id, role: 'ambassadeur' },
      { persons: [{ role: 'demandeur', firstName: 'Lina', lastName: 'Benali' }] },
    );
    const payload = syncOf({ id: household }, 'ecrit');
    const answers = await Promise.all([send('/api/bilans', payload), send('/api/bilans', payload)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    expect(new Set(answers.map((a) => a.json<{ id: string }>().id)).size).toBe(1);
    const rows = await rowsOf(household);
    expect(rows.bilans).toHaveLength(1);
    expect(rows.consents).toMatchObject([{ scope: 'bilan', method: 'ecrit' }]);
  });

  it('does not record a second consent when one is standing', async () => {
    const household = await createHousehold(
      server.db,
      { userId: ambassador.id, organisationId: ambassador.organisation.id, role: 'ambassadeur' },
      { persons: [{ role: 'demandeur', firstName: 'Paul', lastName: 'Roux' }] },
    );
    for (const clientId of [randomUUID(), randomUUID()]) {
      const answer = await send('/api/bilans', syncOf({ id: household }, 'oral', clientId));
      expect(answer.statusCode).toBe(201);
    }
    const rows = await rowsOf(household);
    expect(rows.bilans).toHaveLength(2);
    expect(rows.consents).toHaveLength(1);
  });

  it('refuses a household of another organisation and saves nothing there', async () => {
    const answer = await send('/api/bilans', syncOf({ id: otherHousehold }));
    expect(answer.statusCode).toBe(404);
    const rows = await rowsOf(otherHousehold);
    expect(rows.bilans).toHaveLength(0);
    expect(rows.consents).toHaveLength(0);
  });

  it('names the field and the reason in French when the bilan is malformed', async () => {
    const answer = await send('/api/bilans', syncOf({ id: otherHousehold }, 'oral', 'pas-un-uuid'));
    expect(answer.statusCode).toBe(400);
    expect(answer.json<{ issues: { field: string }[] }>().issues.map((i) => i.field)).toContain(
      'clientId',
    );
  });
});

describe('POST /api/households/:id/bilans with a client id', () => {
  it('answers a repeated save with the bilan saved the first time', async () => {
    const household = await createHousehold(
      server.db,
      { userId: ambassador.id, organisationId: ambassador.organisation.id, role: 'ambassadeur' },
      { persons: [{ role: 'demandeur', firstName: 'Nour', lastName: 'Haddad' }] },
    );
    await send(`/api/households/${household}/consents`, {
      scope: 'bilan',
      method: 'oral',
      givenOn: '2026-11-23',
    });
    const payload = { ...bilan, clientId: randomUUID() };
    const first = await send(`/api/households/${household}/bilans`, payload);
    const second = await send(`/api/households/${household}/bilans`, payload);
    expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
    expect(second.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
    expect((await rowsOf(household)).bilans).toHaveLength(1);
  });
});
