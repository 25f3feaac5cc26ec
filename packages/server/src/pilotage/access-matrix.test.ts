import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, type BuiltUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { roles, type Role } from '../tenancy/roles.ts';

// Every role against every pilotage endpoint, as docs/security.md says. The expected statuses are
// written out, not derived from the policy under test. Each write runs on a resource of its own.

let server: TestServer;
const cookies = new Map<Role | 'anonyme', string>();
const users = new Map<Role, BuiltUser>();
let blockageIds: string[] = [];

type Call = { method: 'GET' | 'POST'; url: (role: Role) => string; body?: () => unknown };

const endpoints: Record<string, Call> = {
  'GET actions': { method: 'GET', url: () => '/api/pilotage/actions' },
  'POST actions': {
    method: 'POST',
    url: () => '/api/pilotage/actions',
    body: () => ({
      clientId: randomUUID(),
      action: { type: 'permanence', heldOn: '2026-11-02', peopleMet: 3 },
    }),
  },
  'GET reseau': { method: 'GET', url: () => '/api/pilotage/reseau?q=caf' },
  'GET reseau/export': { method: 'GET', url: () => '/api/pilotage/reseau/export?format=csv' },
  'POST reseau/structures': {
    method: 'POST',
    url: () => '/api/pilotage/reseau/structures',
    body: () => ({ structure: { nom: 'Épicerie solidaire' } }),
  },
  'POST reseau/import': {
    method: 'POST',
    url: () => '/api/pilotage/reseau/import',
    body: () => ({ format: 'json', structures: [] }),
  },
  'GET ateliers': { method: 'GET', url: () => '/api/pilotage/ateliers' },
  'POST ateliers': {
    method: 'POST',
    url: () => '/api/pilotage/ateliers',
    body: () => ({ heldOn: '2026-11-12', theme: 'CSS', participants: 8 }),
  },
  'GET blocages': { method: 'GET', url: () => '/api/pilotage/blocages' },
  'POST blocages': {
    method: 'POST',
    url: () => '/api/pilotage/blocages',
    body: () => ({ title: 'Délais', description: 'Trois mois', institution: 'cpam' }),
  },
  'POST blocages/:id/statut': {
    method: 'POST',
    url: (role) => `/api/pilotage/blocages/${blockageIds[roles.indexOf(role)]}/statut`,
    body: () => ({ status: 'transmis', on: '2026-11-20' }),
  },
};

// role order: ambassadeur, travailleur_social, coordinateur, pilote, evaluateur, admin
const expected: Record<string, [number, number, number, number, number, number]> = {
  'GET actions': [200, 200, 200, 200, 403, 200],
  'POST actions': [201, 201, 201, 403, 403, 403],
  'GET reseau': [200, 200, 200, 200, 403, 200],
  'GET reseau/export': [200, 200, 200, 200, 403, 200],
  'POST reseau/structures': [403, 403, 201, 201, 403, 403],
  'POST reseau/import': [403, 403, 200, 200, 403, 403],
  'GET ateliers': [200, 200, 200, 200, 403, 200],
  'POST ateliers': [403, 403, 201, 201, 403, 403],
  'GET blocages': [200, 200, 200, 200, 403, 200],
  'POST blocages': [201, 201, 201, 201, 403, 403],
  'POST blocages/:id/statut': [403, 403, 204, 204, 403, 403],
};

beforeAll(async () => {
  server = await startTestServer();
  const ccas = await buildOrganisation(server.db);
  for (const role of roles) {
    const user = await buildUser(server.db, { role, organisation: ccas });
    users.set(role, user);
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: user.email, password: user.password },
    });
    const cookie = response.cookies.find((c) => c.name === 'znr_session');
    cookies.set(role, `znr_session=${cookie?.value ?? ''}`);
  }
  // One blockage per role to move, raised by the coordinateur.
  blockageIds = [];
  for (let i = 0; i < roles.length; i += 1) {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/pilotage/blocages',
      headers: { cookie: cookies.get('coordinateur') ?? '' },
      payload: { title: 'Délais', description: 'Trois mois', institution: 'caf' },
    });
    blockageIds.push(response.json<{ id: string }>().id);
  }
});
afterAll(() => server.close());

describe('access matrix of the pilotage endpoints', () => {
  for (const [name, call] of Object.entries(endpoints)) {
    it(`${name}: ${expected[name]?.join(' ')} by role, 401 without session`, async () => {
      const statuses: number[] = [];
      for (const role of roles) {
        const body = call.body?.();
        const response = await server.app.inject({
          method: call.method,
          url: call.url(role),
          headers: { cookie: cookies.get(role) ?? '' },
          ...(body === undefined ? {} : { payload: body as object }),
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual(expected[name]);
      const body = call.body?.();
      const anonymous = await server.app.inject({
        method: call.method,
        url: call.url('ambassadeur'),
        ...(body === undefined ? {} : { payload: body as object }),
      });
      expect(anonymous.statusCode).toBe(401);
    });
  }

  it('keeps other territories out: a coordinateur elsewhere cannot move this territory’s blockage', async () => {
    const elsewhere = await buildUser(server.db, { role: 'coordinateur' });
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: elsewhere.email, password: elsewhere.password },
    });
    const cookie = login.cookies.find((c) => c.name === 'znr_session');
    const response = await server.app.inject({
      method: 'POST',
      url: `/api/pilotage/blocages/${blockageIds[0]}/statut`,
      headers: { cookie: `znr_session=${cookie?.value ?? ''}` },
      payload: { status: 'en_cours', on: '2026-11-21' },
    });
    expect(response.statusCode).toBe(404);
  });
});
