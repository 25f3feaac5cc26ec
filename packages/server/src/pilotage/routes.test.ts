import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, type BuiltUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';

// The pilotage network through its HTTP API, as the web app uses it, on a real database.

let server: TestServer;
let ambassador: BuiltUser;
let coordinator: BuiltUser;
let pilote: BuiltUser;
let partnerId: string;
const cookies = new Map<string, string>();

async function login(user: BuiltUser): Promise<void> {
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email: user.email, password: user.password },
  });
  const cookie = response.cookies.find((c) => c.name === 'znr_session');
  cookies.set(user.id, `znr_session=${cookie?.value ?? ''}`);
}

function call(
  user: BuiltUser,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
) {
  return server.app.inject({
    method,
    url,
    headers: { cookie: cookies.get(user.id) ?? '' },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

const action = {
  type: 'maraude',
  heldOn: '2026-11-05',
  durationMinutes: 120,
  inseeCode: '69259',
  quartier: 'Minguettes',
  qpv: true,
  peopleMet: 14,
  wentToBilan: 4,
  wentToCaseFile: 2,
  counts: [
    { ageBand: '26_64', sex: 'femme', people: 6 },
    { ageBand: '65_plus', sex: 'homme', people: 3 },
  ],
  team: [] as { organisationId: string }[],
};

beforeAll(async () => {
  server = await startTestServer();
  ambassador = await buildUser(server.db, { role: 'ambassadeur' });
  const territoryId = ambassador.organisation.territory_id;
  const caf = await buildOrganisation(server.db, { territoryId, type: 'caf' });
  partnerId = caf.id;
  coordinator = await buildUser(server.db, { role: 'coordinateur', organisation: caf });
  pilote = await buildUser(server.db, { role: 'pilote', organisation: caf });
  for (const user of [ambassador, coordinator, pilote]) await login(user);
});
afterAll(() => server.close());

describe('outreach actions', () => {
  it('records an action once however often the device sends it', async () => {
    const clientId = randomUUID();
    const body = { clientId, action: { ...action, team: [{ organisationId: partnerId }] } };
    const first = await call(ambassador, 'POST', '/api/pilotage/actions', body);
    expect(first.statusCode).toBe(201);
    const again = await call(ambassador, 'POST', '/api/pilotage/actions', body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id: first.json<{ id: string }>().id, created: false });

    const list = await call(pilote, 'GET', '/api/pilotage/actions?type=maraude');
    const mine =
      list.json<{ clientId: string; commune: string; counts: unknown[]; team: unknown[] }[]>();
    const saved = mine.filter((a) => a.clientId === clientId);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      commune: 'Vénissieux',
      team: [{ organisationId: partnerId, userId: null }],
    });
    expect(saved[0]?.counts).toEqual(
      expect.arrayContaining([{ ageBand: '65_plus', sex: 'homme', people: 3 }]),
    );
  });

  it('names the field in French when the counts exceed the people met', async () => {
    const response = await call(ambassador, 'POST', '/api/pilotage/actions', {
      clientId: randomUUID(),
      action: { ...action, peopleMet: 5, wentToBilan: 6 },
    });
    expect(response.statusCode).toBe(400);
    const issues = response.json<{ issues: { field: string; message: string }[] }>().issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          field: 'action.wentToBilan',
          message: 'ne peut pas dépasser le nombre de personnes rencontrées',
        },
        {
          field: 'action.counts',
          message: 'le total par âge et sexe (9) dépasse les personnes rencontrées (5)',
        },
      ]),
    );
  });

  it('refuses a team organisation of another territory', async () => {
    const elsewhere = await buildOrganisation(server.db);
    const response = await call(ambassador, 'POST', '/api/pilotage/actions', {
      clientId: randomUUID(),
      action: { ...action, team: [{ organisationId: elsewhere.id }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: string }>().error).toBe('organisation_hors_territoire');
  });

  it('lets the author edit and delete the action, and filters by date', async () => {
    const created = await call(ambassador, 'POST', '/api/pilotage/actions', {
      clientId: randomUUID(),
      action: { ...action, type: 'stand', heldOn: '2026-10-01' },
    });
    const id = created.json<{ id: string }>().id;
    const edit = await call(ambassador, 'PUT', `/api/pilotage/actions/${id}`, {
      ...action,
      type: 'autre',
      typeOther: 'Fête de quartier',
      heldOn: '2026-10-02',
    });
    expect(edit.statusCode).toBe(204);
    const october = await call(
      ambassador,
      'GET',
      '/api/pilotage/actions?from=2026-10-01&to=2026-10-31',
    );
    expect(october.json<{ id: string; typeOther: string }[]>()).toEqual([
      expect.objectContaining({ id, typeOther: 'Fête de quartier' }),
    ]);
    expect((await call(ambassador, 'DELETE', `/api/pilotage/actions/${id}`)).statusCode).toBe(204);
    expect((await call(ambassador, 'DELETE', `/api/pilotage/actions/${id}`)).statusCode).toBe(404);
  });
});

describe('workshops and blockages', () => {
  it('lists workshops by date, most recent first', async () => {
    for (const [heldOn, theme] of [
      ['2026-09-15', 'Prime d’activité'],
      ['2026-11-10', 'Chèque énergie'],
    ]) {
      const response = await call(coordinator, 'POST', '/api/pilotage/ateliers', {
        heldOn,
        theme,
        organisationIds: [partnerId, ambassador.organisation.id],
        participants: 12,
      });
      expect(response.statusCode).toBe(201);
    }
    const list = await call(ambassador, 'GET', '/api/pilotage/ateliers');
    expect(list.json<{ theme: string }[]>().map((w) => w.theme)).toEqual([
      'Chèque énergie',
      'Prime d’activité',
    ]);
  });

  it('names a blockage’s benefit from the vocabulary only, the filter too', async () => {
    for (const benefit of ['ASF', 'aides_logement', 'prime_activite']) {
      const refused = await call(ambassador, 'POST', '/api/pilotage/blocages', {
        title: 'Pièces',
        description: 'Pièces redemandées.',
        benefit,
        institution: 'caf',
      });
      expect(refused.statusCode, benefit).toBe(400);
      expect(refused.json<{ issues: { field: string; message: string }[] }>().issues).toEqual([
        {
          field: 'benefit',
          message: expect.stringMatching(
            /^valeur non reconnue ; valeurs possibles : rsa, /,
          ) as unknown,
        },
      ]);
    }
    const filtered = await call(ambassador, 'GET', '/api/pilotage/blocages?benefit=ASF');
    expect(filtered.statusCode).toBe(400);
    const raised = await call(ambassador, 'POST', '/api/pilotage/blocages', {
      title: 'Pièces',
      description: 'Pièces redemandées.',
      benefit: 'asf',
      institution: 'caf',
    });
    expect(raised.statusCode).toBe(201);
  });

  it('moves a blockage through its statuses with dated history and refuses a skipped step back', async () => {
    const raised = await call(ambassador, 'POST', '/api/pilotage/blocages', {
      title: 'Pièces demandées en double',
      description: 'La CAF redemande l’avis d’imposition déjà fourni.',
      benefit: 'rsa',
      institution: 'caf',
      examples: 'Une mère isolée, dossier déposé en septembre.',
      raisedOn: '2026-09-01',
    });
    expect(raised.statusCode).toBe(201);
    const id = raised.json<{ id: string }>().id;
    const move = (status: string, on: string) =>
      call(pilote, 'POST', `/api/pilotage/blocages/${id}/statut`, { status, on });
    expect((await move('transmis', '2026-09-10')).statusCode).toBe(204);
    expect((await move('resolu', '2026-10-20')).statusCode).toBe(204);
    const back = await move('transmis', '2026-10-21');
    expect(back.statusCode).toBe(400);
    expect(back.json<{ error: string }>().error).toBe('transition_interdite');
    await call(coordinator, 'PUT', `/api/pilotage/blocages/${id}`, {
      title: 'Pièces demandées en double',
      description: 'La CAF redemande l’avis d’imposition déjà fourni.',
      benefit: 'rsa',
      institution: 'caf',
      ownerId: coordinator.id,
      answer: 'Consigne rappelée aux agents le 15 octobre.',
    });
    const list = await call(
      ambassador,
      'GET',
      '/api/pilotage/blocages?status=resolu&institution=caf',
    );
    expect(list.json()).toEqual([
      expect.objectContaining({
        id,
        raisedOn: '2026-09-01',
        transmittedOn: '2026-09-10',
        resolvedOn: '2026-10-20',
        answer: 'Consigne rappelée aux agents le 15 octobre.',
        history: [
          expect.objectContaining({ status: 'signale', on: '2026-09-01' }),
          expect.objectContaining({ status: 'transmis', on: '2026-09-10' }),
          expect.objectContaining({ status: 'resolu', on: '2026-10-20' }),
        ],
      }),
    ]);
  });
});

describe('partner directory', () => {
  const structure = {
    source: 'dora',
    id: 'dora--pcb-venissieux',
    nom: 'Point conseil budget de Vénissieux',
    date_maj: '2026-06-01',
    code_insee: '69259',
    commune: 'Vénissieux',
    telephone: '04 65 71 00 20',
    reseaux_porteurs: ['points-conseil-budget'],
  };
  const service = {
    source: 'dora',
    id: 'dora--pcb-impayes',
    structure_id: 'dora--pcb-venissieux',
    nom: 'Accompagnement aux impayés d’énergie',
    description: 'Aide à négocier un échéancier avec le fournisseur d’électricité ou de gaz.',
    date_maj: '2026-06-01',
    thematiques: ['difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere'],
    modes_accueil: ['en-presentiel'],
  };

  it('imports a data·inclusion file, reports each rejected record and exports it back', async () => {
    const response = await call(coordinator, 'POST', '/api/pilotage/reseau/import', {
      format: 'json',
      structures: [structure, { ...structure, id: 'x--1', nom: 'AB', siret: '123' }],
      services: [service, { ...service, id: 'dora--orphelin', structure_id: 'dora--absente' }],
    });
    expect(response.statusCode).toBe(200);
    const report = response.json<{
      structures: number;
      services: number;
      rejected: { issues: unknown[] }[];
    }>();
    expect(report.structures).toBe(1);
    expect(report.services).toBe(1);
    expect(report.rejected).toHaveLength(2);
    expect(report.rejected[0]).toMatchObject({ kind: 'structure', index: 1, id: 'x--1' });
    expect(report.rejected[0]?.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'nom' }),
        { field: 'siret', message: 'SIRET à 14 chiffres attendu' },
      ]),
    );
    expect(report.rejected[1]).toMatchObject({ kind: 'service', index: 1, id: 'dora--orphelin' });
    const exported = await call(ambassador, 'GET', '/api/pilotage/reseau/export?format=json');
    expect(exported.json()).toEqual({ structures: [structure], services: [service] });
  });

  it('finds who to call by need, whatever the accents', async () => {
    const energy = await call(
      ambassador,
      'GET',
      `/api/pilotage/reseau?q=${encodeURIComponent('qui appeler pour un problème d’ÉNERGIE')}`,
    );
    const entries =
      energy.json<{ structure: { nom: string }; services: { matches: boolean }[] }[]>();
    expect(entries.map((e) => e.structure.nom)).toEqual(['Point conseil budget de Vénissieux']);
    expect(entries[0]?.services[0]?.matches).toBe(true);
    const housing = await call(ambassador, 'GET', '/api/pilotage/reseau?q=garde%20d%27enfants');
    expect(housing.json()).toEqual([]);
  });

  it('exports CSV with a BOM and imports it back', async () => {
    const csv = await call(
      coordinator,
      'GET',
      '/api/pilotage/reseau/export?format=csv&type=services',
    );
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFFsource;id;nom;date_maj')).toBe(true);
    const renamed = csv.body.replace(
      'Accompagnement aux impayés d’énergie',
      'Impayés d’énergie : accompagnement',
    );
    const response = await call(coordinator, 'POST', '/api/pilotage/reseau/import', {
      format: 'csv',
      type: 'services',
      content: renamed,
    });
    expect(response.json()).toEqual({ structures: 0, services: 1, rejected: [] });
    const list = await call(ambassador, 'GET', '/api/pilotage/reseau');
    expect(
      list.json<{ services: { service: { nom: string; thematiques: string[] } }[] }[]>()[0]
        ?.services[0]?.service,
    ).toMatchObject({
      nom: 'Impayés d’énergie : accompagnement',
      thematiques: service.thematiques,
    });
  });
});
