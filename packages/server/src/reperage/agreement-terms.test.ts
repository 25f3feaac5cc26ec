import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, type BuiltUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { coordinatorAndBailleur, login } from './test-helpers.ts';

// Amending an agreement through the API: checks as at creation, refusal once terminated, the
// terms replaced kept in its history, the change audited, and nobody else may do it.

let server: TestServer;
let coordinator: BuiltUser;
let bailleur: BuiltUser;
let coordinatorCookie: string;
let bailleurCookie: string;

const terms = () => ({
  title: 'Convention bailleur × CAF',
  purpose: 'Repérer les locataires en impayé qui ne perçoivent pas l’aide au logement',
  legalBasis: 'article L.114-8 du CRPA (loi 3DS)',
  parties: [coordinator.organisation.id, bailleur.organisation.id],
  fields: ['nom', 'prenoms', 'date_naissance'],
  retentionMonths: 12,
  dpoContact: 'dpo@bailleur.example.org',
  validFrom: '2026-01-01',
  validTo: '2027-12-31',
});

const call = (
  method: 'GET' | 'PUT' | 'PATCH' | 'POST',
  url: string,
  cookie: string,
  payload?: object,
) => server.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  server = await startTestServer();
  ({ coordinator, bailleur, coordinatorCookie, bailleurCookie } =
    await coordinatorAndBailleur(server));
});
afterAll(() => server.close());

describe('amending an agreement', () => {
  it('changes its terms, keeps the former ones in its history, audited', async () => {
    const created = await call('POST', '/api/reperage/agreements', coordinatorCookie, terms());
    const { id } = created.json<{ id: string }>();
    await call('PATCH', `/api/reperage/agreements/${id}/status`, coordinatorCookie, {
      status: 'active',
    });
    const amended = {
      ...terms(),
      fields: ['nom', 'prenoms', 'date_naissance', 'loyer_mensuel'],
      retentionMonths: 6,
      dpoContact: 'dpo@caf.example.org',
      validTo: '2028-06-30',
    };
    const put = await call('PUT', `/api/reperage/agreements/${id}`, coordinatorCookie, amended);
    expect(put.statusCode, put.body).toBe(204);
    const read = await call('GET', `/api/reperage/agreements/${id}`, bailleurCookie);
    expect(read.json()).toMatchObject({
      fields: amended.fields,
      retentionMonths: 6,
      dpoContact: 'dpo@caf.example.org',
      validTo: '2028-06-30',
      status: 'active',
    });
    // The same terms again change nothing and add no version.
    await call('PUT', `/api/reperage/agreements/${id}`, coordinatorCookie, amended);
    const history = await call('GET', `/api/reperage/agreements/${id}/history`, bailleurCookie);
    expect(history.statusCode).toBe(200);
    expect(history.json()).toEqual([
      {
        version: 1,
        changedAt: expect.any(String) as unknown,
        changedBy: expect.stringMatching(/^Personne /) as unknown,
        changes: [
          { term: 'fields', before: terms().fields, after: amended.fields },
          { term: 'retentionMonths', before: 12, after: 6 },
          { term: 'dpoContact', before: 'dpo@bailleur.example.org', after: 'dpo@caf.example.org' },
          { term: 'validTo', before: '2027-12-31', after: '2028-06-30' },
        ],
      },
    ]);
    const audit = await server.db
      .selectFrom('audit_log')
      .select(['action', 'user_id'])
      .where('entity', '=', 'data_agreement')
      .where('entity_id', '=', id)
      .execute();
    expect(audit).toContainEqual({ action: 'modification', user_id: coordinator.id });
  });

  it('checks the terms as at creation and refuses a terminated agreement or a non-manager', async () => {
    const created = await call('POST', '/api/reperage/agreements', coordinatorCookie, terms());
    const { id } = created.json<{ id: string }>();
    const backwards = await call('PUT', `/api/reperage/agreements/${id}`, coordinatorCookie, {
      ...terms(),
      validFrom: '2028-01-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<{ message: string }>().message).toContain('date de fin');
    const badField = await call('PUT', `/api/reperage/agreements/${id}`, coordinatorCookie, {
      ...terms(),
      fields: ['nom', 'numero_de_secu'],
    });
    expect(badField.statusCode).toBe(400);
    expect(badField.body).toContain('fields');
    const notManager = await call('PUT', `/api/reperage/agreements/${id}`, bailleurCookie, terms());
    expect(notManager.statusCode).toBe(403);
    await call('PATCH', `/api/reperage/agreements/${id}/status`, coordinatorCookie, {
      status: 'terminee',
    });
    const ended = await call('PUT', `/api/reperage/agreements/${id}`, coordinatorCookie, {
      ...terms(),
      retentionMonths: 3,
    });
    expect(ended.statusCode).toBe(400);
    expect(ended.json<{ error: string }>().error).toBe('transition_interdite');
    expect(ended.json<{ message: string }>().message).toContain('terminée');
    const history = await call('GET', `/api/reperage/agreements/${id}/history`, coordinatorCookie);
    expect(history.json()).toEqual([]);
    // Another territory's coordinator does not even learn that it exists.
    const outsider = await login(server, await buildUser(server.db, { role: 'coordinateur' }));
    const hidden = await call('GET', `/api/reperage/agreements/${id}/history`, outsider);
    expect(hidden.statusCode).toBe(404);
    const blind = await call('PUT', `/api/reperage/agreements/${id}`, outsider, terms());
    expect(blind.statusCode).toBe(404);
  });
});
