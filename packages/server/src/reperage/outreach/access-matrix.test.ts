import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLinkedRun, sampleClusters, type LinkedRun } from '../fixtures.ts';
import { buildUser } from '../../test/factories.ts';
import { sessionCookie, startTestServer, type TestServer } from '../../test/test-server.ts';
import { roles, type Role } from '../../tenancy/roles.ts';

// Every role of the coordinating organisation (a party to the agreement) against every route of
// repérage, data and outreach, as docs/security.md (« Repérage ») says. The roles allowed are
// written out here, not read from the policies under test. A role refused gets 403 before anything
// else; a role allowed gets past the role check (its answer then depends on the request: 200, 201,
// 400 for a payload this matrix does not bother to make valid, 404 for a made-up id), never 401,
// 403 or a server error.

let server: TestServer;
let run: LinkedRun;
const cookies = new Map<Role, string>();
let importId = '';

const readers: Role[] = ['ambassadeur', 'travailleur_social', 'coordinateur', 'admin'];
const writers: Role[] = ['ambassadeur', 'travailleur_social', 'coordinateur'];
const managers: Role[] = ['coordinateur', 'admin'];

interface Endpoint {
  name: string;
  request: () => { method: 'GET' | 'POST' | 'PUT' | 'PATCH'; url: string; payload?: object };
  allowed: Role[];
}

const agreement = () => `/api/reperage/agreements/${run.agreementId}`;
/** A valid agreement between the coordinating organisation and the bailleur. */
const agreementInput = () => ({
  title: 'Convention de la matrice',
  purpose: 'Repérer les locataires en impayé qui ne perçoivent pas l’aide au logement',
  legalBasis: 'article L.114-8 du CRPA (loi 3DS)',
  parties: [run.coordinator.organisation.id, run.ambassador.organisation.id],
  fields: ['nom', 'prenoms', 'date_naissance'],
  retentionMonths: 12,
  dpoContact: 'dpo@bailleur.example.org',
  validFrom: '2026-01-01',
  validTo: '2099-12-31',
});
const endpoints: Endpoint[] = [
  // Data side: agreements, files, imports, linkage runs.
  {
    name: 'GET /api/reperage/fields',
    request: () => ({ method: 'GET', url: '/api/reperage/fields' }),
    allowed: readers,
  },
  {
    name: 'GET /api/reperage/agreements',
    request: () => ({ method: 'GET', url: '/api/reperage/agreements' }),
    allowed: readers,
  },
  {
    name: 'POST /api/reperage/agreements',
    request: () => ({ method: 'POST', url: '/api/reperage/agreements', payload: agreementInput() }),
    allowed: managers,
  },
  {
    name: 'GET /api/reperage/agreements/:id',
    request: () => ({ method: 'GET', url: agreement() }),
    allowed: readers,
  },
  {
    name: 'PUT /api/reperage/agreements/:id',
    request: () => ({ method: 'PUT', url: agreement(), payload: agreementInput() }),
    allowed: managers,
  },
  {
    name: 'GET /api/reperage/agreements/:id/history',
    request: () => ({ method: 'GET', url: `${agreement()}/history` }),
    allowed: readers,
  },
  {
    name: 'PATCH /api/reperage/agreements/:id/status',
    request: () => ({
      method: 'PATCH',
      url: `${agreement()}/status`,
      payload: { status: 'active' },
    }),
    allowed: managers,
  },
  {
    name: 'GET /api/reperage/agreements/:id/imports',
    request: () => ({ method: 'GET', url: `${agreement()}/imports` }),
    allowed: readers,
  },
  {
    name: 'POST /api/reperage/uploads',
    request: () => ({
      method: 'POST',
      url: '/api/reperage/uploads?partner=Bailleur',
      payload: {},
    }),
    allowed: writers,
  },
  {
    name: 'POST /api/reperage/imports',
    request: () => ({
      method: 'POST',
      url: '/api/reperage/imports',
      payload: {
        uploadId: randomUUID(),
        agreementId: run.agreementId,
        partner: 'Bailleur Est',
        fileName: 'locataires.csv',
        mapping: {},
      },
    }),
    allowed: writers,
  },
  {
    name: 'GET /api/reperage/imports/:id',
    request: () => ({ method: 'GET', url: `/api/reperage/imports/${importId}` }),
    allowed: readers,
  },
  {
    name: 'POST /api/reperage/agreements/:id/runs',
    request: () => ({
      method: 'POST',
      url: `${agreement()}/runs`,
      payload: { importIds: [randomUUID(), randomUUID()] },
    }),
    allowed: managers,
  },
  {
    name: 'GET /api/reperage/agreements/:id/runs',
    request: () => ({ method: 'GET', url: `${agreement()}/runs` }),
    allowed: managers,
  },
  {
    name: 'GET /api/reperage/runs/:id',
    request: () => ({ method: 'GET', url: `/api/reperage/runs/${run.linkageRunId}` }),
    allowed: managers,
  },
  // Outreach side: detection rules, detections, candidates, letters.
  {
    name: 'GET /api/reperage/rules',
    request: () => ({ method: 'GET', url: '/api/reperage/rules' }),
    allowed: readers,
  },
  {
    name: 'GET /api/reperage/detections/sources',
    request: () => ({ method: 'GET', url: '/api/reperage/detections/sources' }),
    allowed: managers,
  },
  {
    name: 'POST /api/reperage/detections',
    request: () => ({
      method: 'POST',
      url: '/api/reperage/detections',
      payload: { linkageRunId: run.linkageRunId },
    }),
    allowed: managers,
  },
  {
    name: 'GET /api/reperage/detections',
    request: () => ({ method: 'GET', url: '/api/reperage/detections' }),
    allowed: managers,
  },
  {
    name: 'GET /api/reperage/detections/:id',
    request: () => ({ method: 'GET', url: `/api/reperage/detections/${randomUUID()}` }),
    allowed: managers,
  },
  {
    name: 'GET /api/reperage/detections/:id/candidates',
    request: () => ({
      method: 'GET',
      url: `/api/reperage/detections/${randomUUID()}/candidates`,
    }),
    allowed: managers,
  },
  {
    name: 'GET /api/reperage/detections/:id/assignees',
    request: () => ({ method: 'GET', url: `/api/reperage/detections/${randomUUID()}/assignees` }),
    allowed: managers,
  },
  {
    name: 'POST /api/reperage/detections/:id/assignments',
    request: () => ({
      method: 'POST',
      url: `/api/reperage/detections/${randomUUID()}/assignments`,
      payload: { candidateIds: [randomUUID()], membershipId: randomUUID() },
    }),
    allowed: managers,
  },
  {
    name: 'GET /api/reperage/conversion',
    request: () => ({ method: 'GET', url: '/api/reperage/conversion' }),
    allowed: managers,
  },
  {
    name: 'GET /api/reperage/mes-personnes',
    request: () => ({ method: 'GET', url: '/api/reperage/mes-personnes' }),
    allowed: writers,
  },
  {
    name: 'PUT /api/reperage/candidates/:id/outcome',
    request: () => ({
      method: 'PUT',
      url: `/api/reperage/candidates/${randomUUID()}/outcome`,
      payload: { outcome: 'joint' },
    }),
    allowed: writers,
  },
  {
    name: 'POST /api/reperage/candidates/:id/household',
    request: () => ({
      method: 'POST',
      url: `/api/reperage/candidates/${randomUUID()}/household`,
      payload: {},
    }),
    allowed: writers,
  },
  {
    name: 'POST /api/reperage/letters',
    request: () => ({ method: 'POST', url: '/api/reperage/letters', payload: {} }),
    allowed: writers,
  },
];

beforeAll(async () => {
  server = await startTestServer();
  run = await buildLinkedRun(server.db, sampleClusters);
  for (const role of roles) {
    const user =
      role === 'coordinateur'
        ? run.coordinator
        : await buildUser(server.db, { role, organisation: run.coordinator.organisation });
    cookies.set(role, await sessionCookie(server, user));
  }
  importId = (await server.db.selectFrom('partner_import').select('id').executeTakeFirstOrThrow())
    .id;
});
afterAll(() => server.close());

it('names routes the application has', () => {
  for (const { name } of endpoints) {
    const [method, url] = name.split(' ') as ['GET' | 'POST' | 'PUT' | 'PATCH', string];
    expect(server.app.hasRoute({ method, url }), name).toBe(true);
  }
});

describe.each(endpoints)('$name', (endpoint) => {
  it.each(roles)('answers %s as docs/security.md says', async (role) => {
    const response = await server.app.inject({
      ...endpoint.request(),
      headers: { cookie: cookies.get(role)! },
    });
    if (endpoint.allowed.includes(role)) {
      expect([401, 403], response.body).not.toContain(response.statusCode);
      expect(response.statusCode, response.body).toBeLessThan(500);
    } else {
      expect(response.statusCode, response.body).toBe(403);
    }
  });

  it('answers 401 to nobody logged in', async () => {
    expect((await server.app.inject(endpoint.request())).statusCode).toBe(401);
  });
});
