import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHousehold } from './households/create-household.ts';
import { buildOrganisation, buildUser, type BuiltUser } from '../test/factories.ts';
import { sessionCookie, startTestServer, type TestServer } from '../test/test-server.ts';

// Issue #6, item 10: every resource of the case files has list, read, create and update endpoints,
// all in the OpenAPI document, and a body that does not fit is refused in French, naming the field.
// Walks the document served by the application, not a list kept by hand elsewhere.

type Operation = `${'GET' | 'POST' | 'PATCH'} ${string}`;

interface Resource {
  list: Operation;
  read: Operation;
  create: Operation;
  /** The update, or why the resource has none and what replaces it. */
  update: Operation | { none: string; instead?: Operation };
}

const resources: Record<string, Resource> = {
  households: {
    list: 'GET /api/households',
    read: 'GET /api/households/{id}',
    create: 'POST /api/households',
    update: 'PATCH /api/households/{id}',
  },
  persons: {
    list: 'GET /api/households/{id}/persons',
    read: 'GET /api/persons/{id}',
    create: 'POST /api/households/{id}/persons',
    update: 'PATCH /api/persons/{id}',
  },
  consents: {
    list: 'GET /api/households/{id}/consents',
    read: 'GET /api/consents/{id}',
    create: 'POST /api/households/{id}/consents',
    update: 'PATCH /api/consents/{id}',
  },
  bilans: {
    list: 'GET /api/households/{id}/bilans',
    read: 'GET /api/bilans/{id}',
    create: 'POST /api/households/{id}/bilans',
    update: {
      none: 'un bilan enregistré est un instantané (situation, résultats, versions) : il ne change plus',
      instead: 'POST /api/bilans/{id}/rerun',
    },
  },
  rights: {
    list: 'GET /api/households/{id}/rights',
    read: 'GET /api/rights/{id}',
    create: 'POST /api/households/{id}/rights',
    update: 'PATCH /api/rights/{id}',
  },
  referrals: {
    list: 'GET /api/referrals',
    read: 'GET /api/referrals/{id}',
    create: 'POST /api/households/{id}/referrals',
    update: 'PATCH /api/referrals/{id}',
  },
  referralMessages: {
    list: 'GET /api/referrals/{id}/messages',
    read: 'GET /api/referral-messages/{id}',
    create: 'POST /api/referrals/{id}/messages',
    update: { none: 'un message envoyé ne se modifie pas (docs/security.md)' },
  },
  tasks: {
    list: 'GET /api/tasks',
    read: 'GET /api/tasks/{id}',
    create: 'POST /api/households/{id}/tasks',
    update: 'PATCH /api/tasks/{id}',
  },
};

interface OpenApiOperation {
  summary?: string;
  requestBody?: unknown;
  responses: Record<string, unknown>;
}

let server: TestServer;
let paths: Record<string, Record<string, OpenApiOperation>> = {};

beforeAll(async () => {
  server = await startTestServer();
  const response = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
  paths = response.json<{ paths: typeof paths }>().paths;
});
afterAll(() => server.close());

function operation(op: Operation): OpenApiOperation | undefined {
  const [method, path] = op.split(' ') as [string, string];
  return paths[path]?.[method.toLowerCase()];
}

describe.each(Object.entries(resources))('%s', (_name, resource) => {
  it('has its list, read, create and update in the OpenAPI document, in French', () => {
    const update = typeof resource.update === 'string' ? resource.update : resource.update.instead;
    const operations = [resource.list, resource.read, resource.create, update].filter(
      (op): op is Operation => op !== undefined,
    );
    for (const op of operations) {
      const found = operation(op);
      expect(found, op).toBeDefined();
      expect(found?.summary, op).toMatch(/^[A-ZÉ][a-zé]/);
      // Refusals are documented (the French error shape), for reads as for writes.
      expect(Object.keys(found?.responses ?? {}), op).toEqual(
        expect.arrayContaining(['400', '401', '403', '404']),
      );
    }
    for (const op of [resource.create, resource.update]) {
      if (typeof op === 'string' && !op.endsWith('/rerun')) {
        expect(operation(op)?.requestBody, `${op} décrit son corps`).toBeDefined();
      }
    }
  });
});

describe('validation errors', () => {
  let ambassador: BuiltUser;
  let cookie = '';
  let household = '';
  const anyId = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    const organisation = await buildOrganisation(server.db);
    ambassador = await buildUser(server.db, { organisation });
    cookie = await sessionCookie(server, ambassador);
    household = await createHousehold(
      server.db,
      { userId: ambassador.id, organisationId: organisation.id, role: ambassador.role },
      { persons: [{ role: 'demandeur', firstName: 'Awa', lastName: 'Diallo' }] },
    );
  });

  // Every create and update with a body, each given one wrong field.
  const cases: [Operation, object, string][] = [
    [
      'POST /api/households',
      { persons: [{ role: 'roi', firstName: 'A', lastName: 'B' }] },
      'persons.0.role',
    ],
    ['PATCH /api/households/{id}', { qpv: 'oui' }, 'qpv'],
    ['POST /api/households/{id}/persons', { role: 'enfant', lastName: 'Diallo' }, 'firstName'],
    ['PATCH /api/persons/{id}', { birthDate: '31/02/2020' }, 'birthDate'],
    [
      'POST /api/households/{id}/consents',
      { scope: 'tout', method: 'oral', givenOn: '2026-11-23' },
      'scope',
    ],
    ['PATCH /api/consents/{id}', { withdrawn: false }, 'withdrawn'],
    [
      'POST /api/households/{id}/bilans',
      { version: 'test', period: '2026-13', answers: {}, situation: {}, results: {} },
      'period',
    ],
    ['POST /api/households/{id}/rights', { stage: 'identifie' }, 'benefit'],
    ['PATCH /api/rights/{id}', { stage: 'gagne' }, 'stage'],
    [
      'POST /api/households/{id}/referrals',
      {
        toOrganisationId: anyId,
        purpose: 'RSA',
        shares: ['tout'],
        consent: { method: 'oral', givenOn: '2026-11-23' },
      },
      'shares.0',
    ],
    ['PATCH /api/referrals/{id}', { status: 'refusee' }, 'reason'],
    ['POST /api/referrals/{id}/messages', { body: '' }, 'body'],
    ['POST /api/households/{id}/tasks', { title: '' }, 'title'],
    ['PATCH /api/tasks/{id}', { dueOn: 'demain' }, 'dueOn'],
  ];

  it('covers every create and update of the resources above', () => {
    const writes = Object.values(resources).flatMap((r) =>
      [r.create, r.update].filter((op): op is Operation => typeof op === 'string'),
    );
    expect(cases.map(([op]) => op).sort()).toEqual(writes.sort());
  });

  it.each(cases)('%s refuses a wrong %j in French, naming %s', async (op, payload, field) => {
    const [method, path] = op.split(' ') as ['POST' | 'PATCH', string];
    const response = await server.app.inject({
      method,
      url: path.replace('{id}', path.startsWith('/api/households/') ? household : anyId),
      headers: { cookie },
      payload,
    });
    expect(response.statusCode, response.body).toBe(400);
    const body = response.json<{ error: string; issues: { field: string; message: string }[] }>();
    expect(body.error).toBe('validation');
    const issue = body.issues.find((i) => i.field === field);
    expect(issue, JSON.stringify(body.issues)).toBeDefined();
    expect(issue?.message).not.toMatch(/\b(invalid|expected|required|must|received)\b/i);
    expect(issue?.message).toMatch(/[a-zàâçéèêëîïôûù]{3,}/);
  });
});

describe('reading and listing one resource', () => {
  it('lists the persons, reads a consent, withdraws it by PATCH, and audits each read', async () => {
    const organisation = await buildOrganisation(server.db);
    const user = await buildUser(server.db, { organisation });
    const cookie = await sessionCookie(server, user);
    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      server.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    const household = (
      await call('POST', '/api/households', {
        persons: [
          { role: 'demandeur', firstName: 'Aminata', lastName: 'Koné', birthDate: '1980-03-12' },
        ],
      })
    ).json<{ id: string }>().id;
    const persons = (await call('GET', `/api/households/${household}/persons`)).json<object[]>();
    expect(persons).toEqual([
      expect.objectContaining({ firstName: 'Aminata', lastName: 'Koné', birthDate: '1980-03-12' }),
    ]);
    const consent = (
      await call('POST', `/api/households/${household}/consents`, {
        scope: 'recontact',
        method: 'ecrit',
        givenOn: '2026-11-20',
      })
    ).json<{ id: string }>().id;
    expect((await call('GET', `/api/consents/${consent}`)).json()).toMatchObject({
      id: consent,
      householdId: household,
      scope: 'recontact',
      givenOn: '2026-11-20',
      withdrawnAt: null,
    });
    expect((await call('PATCH', `/api/consents/${consent}`, { withdrawn: true })).statusCode).toBe(
      204,
    );
    const withdrawn = (await call('GET', `/api/consents/${consent}`)).json<{
      withdrawnAt: string;
    }>();
    expect(withdrawn.withdrawnAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // A withdrawn consent is not withdrawn twice.
    expect((await call('PATCH', `/api/consents/${consent}`, { withdrawn: true })).statusCode).toBe(
      404,
    );
    const audit = await server.db
      .selectFrom('audit_log')
      .select(['action', 'entity'])
      .where('household_id', '=', household)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => `${a.action} ${a.entity}`)).toEqual(
      expect.arrayContaining(['liste person', 'lecture consent', 'retrait consent']),
    );
  });
});
