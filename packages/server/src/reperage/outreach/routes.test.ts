import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLinkedRun, sampleClusters, type LinkedRun } from '../fixtures.ts';
import { sessionCookie, startTestServer, type TestServer } from '../../test/test-server.ts';

let server: TestServer;
let run: LinkedRun;
const cookies = new Map<string, string>();
let detectionId = '';

interface Failure {
  issues: { field: string; message: string }[];
}
interface Page {
  total: number;
  items: { id: string; ruleId: string; amount: number }[];
}
interface Conversion {
  ruleId: string;
  opened: number;
}

const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  server.app.inject({
    method,
    url,
    headers: { cookie: cookies.get(who)! },
    ...(payload ? { payload } : {}),
  });

beforeAll(async () => {
  server = await startTestServer();
  run = await buildLinkedRun(server.db, sampleClusters);
  for (const [name, user] of Object.entries({
    coordinator: run.coordinator,
    ambassador: run.ambassador,
    evaluator: run.evaluator,
    outsider: run.outsider,
  })) {
    cookies.set(name, await sessionCookie(server, user));
  }
});

afterAll(async () => {
  await server.close();
});

describe('repérage outreach API', () => {
  it('runs a detection as a background job whose progress is read back', async () => {
    for (const who of ['ambassador', 'evaluator']) {
      const refused = await call(who, 'POST', '/api/reperage/detections', {
        linkageRunId: run.linkageRunId,
      });
      expect(refused.statusCode).toBe(403);
    }
    const sources = await call('coordinator', 'GET', '/api/reperage/detections/sources');
    expect(sources.json<object[]>()).toEqual([
      expect.objectContaining({ id: run.linkageRunId, persons: 3 }) as unknown,
    ]);
    const bad = await call('coordinator', 'POST', '/api/reperage/detections', {
      linkageRunId: run.linkageRunId,
      month: '2026-13',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Failure>().issues).toEqual([
      { field: 'month', message: expect.stringMatching(/AAAA-MM/) as unknown },
    ]);
    const started = await call('coordinator', 'POST', '/api/reperage/detections', {
      linkageRunId: run.linkageRunId,
      month: '2026-06',
    });
    expect(started.statusCode).toBe(202);
    detectionId = started.json<{ id: string }>().id;
    let status = '';
    for (let k = 0; k < 100 && status !== 'terminee' && status !== 'echouee'; k++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await call('coordinator', 'GET', `/api/reperage/detections/${detectionId}`)).json<{
        status: string;
      }>().status;
    }
    expect(status).toBe('terminee');
    const list = await call('coordinator', 'GET', '/api/reperage/detections');
    expect(list.json<object[]>()[0]).toMatchObject({
      id: detectionId,
      persons: 3,
      candidates: 3,
      progress: 1,
    });
  });

  it('gives the coordinator a ranked, pseudonymous, filterable list', async () => {
    const response = await call(
      'coordinator',
      'GET',
      `/api/reperage/detections/${detectionId}/candidates`,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json<{ total: number }>();
    expect(body.total).toBe(3);
    expect(response.body).not.toMatch(/Dupont|DUPONT|Martin|0611223344/);
    const filtered = await call(
      'coordinator',
      'GET',
      `/api/reperage/detections/${detectionId}/candidates?ruleId=senior-sans-aspa&codeInsee=69259`,
    );
    expect(filtered.json<Page>().items.map((c) => c.amount)).toEqual([443.6]);
    const invalid = await call(
      'coordinator',
      'GET',
      `/api/reperage/detections/${detectionId}/candidates?codeInsee=abc`,
    );
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json<Failure>().issues[0]).toMatchObject({ field: 'codeInsee' });
    for (const who of ['ambassador', 'evaluator']) {
      expect(
        (await call(who, 'GET', `/api/reperage/detections/${detectionId}/candidates`)).statusCode,
      ).toBe(403);
      expect((await call(who, 'GET', '/api/reperage/conversion')).statusCode).toBe(403);
    }
    expect((await call('evaluator', 'GET', '/api/reperage/mes-personnes')).statusCode).toBe(403);
  });

  it('assigns, re-identifies for the assignee, prints letters, records the outcome', async () => {
    const { items } = (
      await call('coordinator', 'GET', `/api/reperage/detections/${detectionId}/candidates`)
    ).json<Page>();
    const assigned = await call(
      'coordinator',
      'POST',
      `/api/reperage/detections/${detectionId}/assignments`,
      {
        candidateIds: items.map((c) => c.id),
        membershipId: run.ambassador.membershipId,
      },
    );
    expect(assigned.json()).toEqual({ changed: 3 });

    const mine = (await call('ambassador', 'GET', '/api/reperage/mes-personnes')).json<
      {
        id: string;
        ruleId: string;
        needsLetter: boolean;
        identities: { lastName: string }[];
      }[]
    >();
    expect(mine).toHaveLength(3);
    const martin = mine.find((c) => c.ruleId === 'senior-sans-aspa')!;
    expect(martin.identities[0]?.lastName).toBe('Martin');
    expect(martin.needsLetter).toBe(true);
    expect((await call('outsider', 'GET', '/api/reperage/mes-personnes')).json()).toEqual([]);

    const letters = await call('ambassador', 'POST', '/api/reperage/letters', {
      meeting: { at: '2026-12-03T10:00', place: 'au CCAS, 1 place de la Mairie' },
    });
    expect(letters.statusCode).toBe(200);
    expect(letters.headers['content-type']).toBe('application/pdf');
    // Only Martin has neither phone nor e-mail: one letter.
    expect(letters.headers['x-letters']).toBe('1');
    expect(letters.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const housing = mine.find((c) => c.ruleId === 'impaye-sans-aide-logement')!;
    const before = (
      await call('coordinator', 'GET', `/api/reperage/conversion?runId=${detectionId}`)
    ).json<Conversion[]>();
    const rule = (rows: Conversion[]) =>
      rows.find((r) => r.ruleId === 'impaye-sans-aide-logement')!;
    expect(rule(before).opened).toBe(0);
    const bad = await call('ambassador', 'PUT', `/api/reperage/candidates/${housing.id}/outcome`, {
      outcome: 'ouvert',
    });
    expect(bad.statusCode).toBe(400);
    const outcome = await call(
      'ambassador',
      'PUT',
      `/api/reperage/candidates/${housing.id}/outcome`,
      {
        outcome: 'droit_ouvert',
      },
    );
    expect(outcome.statusCode).toBe(204);
    const after = (
      await call('coordinator', 'GET', `/api/reperage/conversion?runId=${detectionId}`)
    ).json<Conversion[]>();
    expect(rule(after)).toMatchObject({
      candidates: 1,
      contacted: 1,
      bilans: 1,
      opened: 1,
      rate: 1,
    });
    const household = await call(
      'ambassador',
      'POST',
      `/api/reperage/candidates/${housing.id}/household`,
    );
    expect(household.statusCode).toBe(201);
    expect(
      (await call('outsider', 'POST', `/api/reperage/candidates/${housing.id}/household`))
        .statusCode,
    ).toBe(404);
  });

  it('documents every endpoint in the OpenAPI document', async () => {
    const document = (await server.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, unknown>;
    }>();
    for (const path of [
      '/api/reperage/detections',
      '/api/reperage/detections/{id}/candidates',
      '/api/reperage/detections/{id}/assignments',
      '/api/reperage/mes-personnes',
      '/api/reperage/letters',
      '/api/reperage/conversion',
    ]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
  });
});
