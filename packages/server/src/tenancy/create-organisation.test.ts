import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { createOrganisation } from './create-organisation.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('createOrganisation', () => {
  it('creates the territory with its communes, then the organisation; twice changes nothing', async () => {
    const input = {
      territory: 'Saint-Fons',
      inseeCodes: ['69199'],
      name: 'CCAS de Saint-Fons',
      type: 'ccas_cias',
      phone: '04 65 71 12 34',
    };
    const created = await createOrganisation(server.db, input);
    expect(created).toMatchObject({ territoryCreated: true, organisationCreated: true });
    const communes = await server.db.selectFrom('territory_commune').selectAll().execute();
    expect(communes).toEqual([
      { territory_id: created.territoryId, insee_code: '69199', name: 'Saint-Fons' },
    ]);
    const again = await createOrganisation(server.db, input);
    expect(again).toEqual({ ...created, territoryCreated: false, organisationCreated: false });
  });

  it('adds an organisation to an existing territory without repeating its communes', async () => {
    const created = await createOrganisation(server.db, {
      territory: 'Saint-Fons',
      inseeCodes: [],
      name: 'CAF du Rhône',
      type: 'caf',
    });
    expect(created).toMatchObject({ territoryCreated: false, organisationCreated: true });
  });

  it('refuses an unknown type, a new territory without communes, an unknown commune', async () => {
    await expect(
      createOrganisation(server.db, {
        territory: 'T',
        inseeCodes: ['69199'],
        name: 'X',
        type: 'banque',
      }),
    ).rejects.toThrow(/^Type d’organisation « banque » inconnu ; types possibles : caf \(Caisse/);
    await expect(
      createOrganisation(server.db, {
        territory: 'Nouveau',
        inseeCodes: [],
        name: 'X',
        type: 'caf',
      }),
    ).rejects.toThrow(
      'Le territoire « Nouveau » n’existe pas encore : donnez les codes INSEE de ses communes (ex. 69259).',
    );
    await expect(
      createOrganisation(server.db, {
        territory: 'Nouveau',
        inseeCodes: ['99999'],
        name: 'X',
        type: 'caf',
      }),
    ).rejects.toThrow(
      'Code commune INSEE « 99999 » inconnu : il ne désigne aucune commune actuelle.',
    );
  });
});
