import { syntheticFiles } from '@znr/linkage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, type BuiltUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { partnerCsv } from './partner-csv.ts';
import { login, temporaryDataDir, upload } from './test-helpers.ts';
import type { RunQuality } from './linkage-runs.ts';

// A linkage run over two partners' imports (a bailleur and the CAF), through the real API: the
// clusters it stores are compared with the true pairs of the synthetic files, and the quality
// figures must be there. The identities never leave the server's codes.

let server: TestServer;
let coordinator: BuiltUser;
let bailleur: BuiltUser;
let caf: BuiltUser;
let cookies: Map<BuiltUser, string>;
let agreementId: string;

const files = syntheticFiles({ left: 400, right: 300, seed: 11 });

async function importCsv(user: BuiltUser, partner: string, csv: string): Promise<string> {
  const cookie = cookies.get(user) ?? '';
  const uploaded = await upload(server, cookie, partner, `${partner}.csv`, Buffer.from(csv));
  const preview = uploaded.json<{ uploadId: string; mapping: Record<string, string | null> }>();
  const created = await server.app.inject({
    method: 'POST',
    url: '/api/reperage/imports',
    headers: { cookie },
    payload: {
      uploadId: preview.uploadId,
      agreementId,
      partner,
      fileName: `${partner}.csv`,
      mapping: preview.mapping,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json<{ id: string }>().id;
}

beforeAll(async () => {
  server = await startTestServer({ env: { ZNR_DATA_DIR: temporaryDataDir() } });
  coordinator = await buildUser(server.db, { role: 'coordinateur' });
  const territoryId = coordinator.organisation.territory_id;
  bailleur = await buildUser(server.db, {
    role: 'travailleur_social',
    organisation: await buildOrganisation(server.db, { territoryId, type: 'bailleur_social' }),
  });
  caf = await buildUser(server.db, {
    role: 'travailleur_social',
    organisation: await buildOrganisation(server.db, { territoryId, type: 'caf' }),
  });
  cookies = new Map();
  for (const user of [coordinator, bailleur, caf]) cookies.set(user, await login(server, user));
  const created = await server.app.inject({
    method: 'POST',
    url: '/api/reperage/agreements',
    headers: { cookie: cookies.get(coordinator) ?? '' },
    payload: {
      title: 'Impayés de loyer sans aide au logement',
      purpose: 'Repérer les locataires en impayé qui ne perçoivent pas l’aide au logement',
      legalBasis: 'article L.114-8 du CRPA (loi 3DS)',
      parties: [bailleur.organisation.id, caf.organisation.id],
      fields: [
        'nom',
        'nom_naissance',
        'prenoms',
        'sexe',
        'date_naissance',
        'numero_voie',
        'adresse',
        'code_postal',
        'commune',
        'telephone',
        'email',
        'dette_loyer',
        'aide_logement_percue',
      ],
      retentionMonths: 6,
      dpoContact: 'dpo@metropole.example.org',
      validFrom: '2026-01-01',
      validTo: '2099-12-31',
    },
  });
  agreementId = created.json<{ id: string }>().id;
  await server.app.inject({
    method: 'PATCH',
    url: `/api/reperage/agreements/${agreementId}/status`,
    headers: { cookie: cookies.get(coordinator) ?? '' },
    payload: { status: 'active' },
  });
});
afterAll(() => server.close());

describe('linkage run over two imports', () => {
  it('groups the same people of both files into clusters and stores the quality figures', async () => {
    const left = await importCsv(
      bailleur,
      'Bailleur',
      partnerCsv(files.left, ['Dette'], (i) => ({ Dette: (i % 7) * 100 })),
    );
    const right = await importCsv(
      caf,
      'CAF',
      partnerCsv(files.right, ['APL'], (i) => ({ APL: (i % 3) * 150 })),
    );
    await server.jobs.idle();
    const coordinatorCookie = cookies.get(coordinator) ?? '';
    const refused = await server.app.inject({
      method: 'POST',
      url: `/api/reperage/agreements/${agreementId}/runs`,
      headers: { cookie: cookies.get(bailleur) ?? '' },
      payload: { importIds: [left, right] },
    });
    expect(refused.statusCode).toBe(403);
    const launched = await server.app.inject({
      method: 'POST',
      url: `/api/reperage/agreements/${agreementId}/runs`,
      headers: { cookie: coordinatorCookie },
      payload: { importIds: [left, right] },
    });
    expect(launched.statusCode, launched.body).toBe(201);
    const runId = launched.json<{ id: string }>().id;
    await server.jobs.idle();
    const run = await server.app.inject({
      method: 'GET',
      url: `/api/reperage/runs/${runId}`,
      headers: { cookie: coordinatorCookie },
    });
    const body = run.json<{ status: string; progress: number; quality: RunQuality }>();
    expect(body.status).toBe('terminee');
    expect(body.progress).toBe(1);

    // Clusters of two records, as (bailleur id, CAF id) of the partners' own ids.
    const members = await server.db
      .selectFrom('linkage_cluster_member as m')
      .innerJoin('partner_record as r', 'r.id', 'm.record_id')
      .select(['m.cluster_id', 'r.import_id', 'r.source_id'])
      .where('m.run_id', '=', runId)
      .execute();
    const byCluster = new Map<number, { left?: string; right?: string }>();
    for (const member of members) {
      const entry = byCluster.get(member.cluster_id) ?? {};
      if (member.import_id === left) entry.left = member.source_id;
      else entry.right = member.source_id;
      byCluster.set(member.cluster_id, entry);
    }
    const found = new Set(
      [...byCluster.values()]
        .filter((c) => c.left !== undefined && c.right !== undefined)
        .map((c) => `${c.left}|${c.right}`),
    );
    const truth = new Set(files.truth.map(([l, r]) => `${l}|${r}`));
    const correct = [...found].filter((pair) => truth.has(pair)).length;
    expect(correct / found.size).toBeGreaterThan(0.95);
    expect(correct / truth.size).toBeGreaterThan(0.9);
    // Every stored record is in exactly one cluster, linked or alone.
    expect(members.length).toBe(body.quality.records);
    expect(body.quality.pairs).toHaveLength(1);
    expect(body.quality.pairs[0]?.keptPairs).toBe(found.size);
    expect(body.quality.pairs[0]?.expectedPrecision).toBeGreaterThan(0.9);
    expect(body.quality.pairs[0]?.fields.length).toBeGreaterThan(3);
    expect(body.quality.clustersBySize['2']).toBe(found.size);
  });

  it('refuses a run with a single import', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: `/api/reperage/agreements/${agreementId}/runs`,
      headers: { cookie: cookies.get(coordinator) ?? '' },
      payload: { importIds: ['00000000-0000-0000-0000-000000000001'] },
    });
    expect(response.statusCode).toBe(400);
  });
});
