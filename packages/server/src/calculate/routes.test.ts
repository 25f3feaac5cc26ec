import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/test-server.ts';

const situation = (extra: Record<string, unknown> = {}) => ({
  individus: { demandeur: { date_naissance: { ETERNITY: '1980-05-10' }, ...extra } },
  familles: {
    famille_1: {
      parents: ['demandeur'],
      rsa: { '2026-06': null },
      ppa: { '2026-06': null },
      aide_logement: { '2026-06': null },
      als: { '2026-06': null },
    },
  },
  menages: {
    menage_1: {
      personne_de_reference: ['demandeur'],
      depcom: { '2026-06': '69123' },
      statut_occupation_logement: { '2026-06': 'locataire_vide' },
      loyer: { '2026-06': 500 },
    },
  },
});

describe('POST /api/calculate', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers the situation with the requested values, like OpenFisca', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/calculate',
      payload: situation(),
    });
    expect(response.statusCode).toBe(200);
    const famille = response.json<{
      familles: Record<string, Record<string, Record<string, unknown>>>;
    }>().familles.famille_1!;
    expect(famille.rsa).toEqual({ '2026-06': 573.49 });
    expect(famille.ppa).toEqual({ '2026-06': 0 });
    expect(famille.aide_logement).toEqual({ '2026-06': 304.84 });
    expect(famille.als).toEqual({ '2026-06': 304.84 });
  });

  it('explains each requested value with explain: true, its first step valued as the answer', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/calculate',
      payload: { ...situation(), explain: true },
    });
    expect(response.statusCode).toBe(200);
    const json = response.json<{
      familles: Record<string, Record<string, Record<string, number>>>;
      explanations: Record<
        string,
        Record<
          string,
          Record<string, { status: string; reason: string; steps: { value: unknown }[] }>
        >
      >;
    }>();
    const explained = json.explanations.famille_1!['2026-06']!;
    expect(Object.keys(explained).sort()).toEqual(['aide_logement', 'als', 'ppa', 'rsa']);
    for (const [name, explanation] of Object.entries(explained))
      expect(explanation.steps[0]!.value).toBe(json.familles.famille_1![name]!['2026-06']);
    expect(explained.rsa).toMatchObject({ status: 'eligible', reason: '' });
    expect(explained.ppa!.status).toBe('non_eligible');
    expect(explained.ppa!.reason).toContain('revenu du travail');
    const plain = await server.app.inject({
      method: 'POST',
      url: '/api/calculate',
      payload: situation(),
    });
    expect(plain.json()).not.toHaveProperty('explanations');
  });

  it('explains an individu’s and a ménage’s variable under their famille', async () => {
    const body = situation({ aah: { '2026-06': null } });
    (body.menages.menage_1 as Record<string, unknown>).cheque_energie = { '2026': null };
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/calculate',
      payload: { ...body, explain: true },
    });
    expect(response.statusCode).toBe(200);
    const json = response.json<{
      menages: Record<string, Record<string, Record<string, number>>>;
      explanations: Record<
        string,
        Record<string, Record<string, { status: string; steps: { value: unknown }[] }>>
      >;
    }>();
    const famille = json.explanations.famille_1!;
    expect(famille['2026-06']!.aah!.status).toBe('non_eligible');
    expect(famille['2026']!.cheque_energie!.steps[0]!.value).toBe(
      json.menages.menage_1!.cheque_energie!['2026'],
    );
  });

  it('refuses an explain that is not true or false, naming the field', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/calculate',
      payload: { ...situation(), explain: 'oui' },
    });
    expect(response.statusCode).toBe(400);
    const json = response.json<{ issues: { field: string; message: string }[] }>();
    expect(json.issues).toContainEqual({
      field: 'explain',
      message: 'explain : vrai ou faux attendu',
    });
  });

  it('computes with the law of the day, or with the openfisca-176 overlay when asked', async () => {
    const cssCeiling = async (parameters?: string) => {
      const payload = situation();
      (payload.familles.famille_1 as Record<string, unknown>).css = { '2026-06': null };
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/calculate',
        payload: { ...payload, explain: true, ...(parameters ? { parameters } : {}) },
      });
      expect(response.statusCode).toBe(200);
      return JSON.stringify(response.json<{ explanations: unknown }>().explanations);
    };
    // The CSS ceiling cited is the one computed: 10 339 € since 1 April 2025, 10 166 € (1 April
    // 2024) in OpenFisca-France 176.0.7.
    const law = await cssCeiling();
    const overlay = await cssCeiling('openfisca-176');
    expect(law).toContain('10339');
    expect(law).not.toContain('10166');
    expect(overlay).toContain('10166');
    expect(overlay).not.toContain('10339');
  });

  it('refuses an unknown parameter set, naming the field', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/calculate',
      payload: { ...situation(), parameters: 'openfisca-175' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('parameters');
  });

  it('answers 400 naming each unsupported variable and invalid value, in French', async () => {
    const body = situation({
      salaire_mystere: { '2026-06': 3 },
      activite: { '2026-06': 'astronaute' },
    });
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/calculate',
      payload: body,
    });
    expect(response.statusCode).toBe(400);
    const json = response.json<{ error: string; issues: { field: string; message: string }[] }>();
    expect(json.error).toBe('validation');
    expect(json.issues).toEqual(
      expect.arrayContaining([
        {
          field: 'individus.demandeur.salaire_mystere',
          message:
            'variable non prise en charge, le moteur ne sait pas en tenir compte (calculer sans elle donnerait un montant faux)',
        },
        {
          field: 'individus.demandeur.activite[2026-06]',
          message: 'valeur « "astronaute" » inconnue',
        },
      ]),
    );
  });

  it('computes individual, ménage and yearly variables on their OpenFisca entity', async () => {
    const body = {
      individus: {
        parent: {
          date_naissance: { ETERNITY: '1980-05-10' },
          handicap: { '2026-06': true },
          taux_incapacite: { '2026-06': 0.8 },
          aah: { '2026-06': null },
          asi: { '2026-06': null },
        },
        enfant: { date_naissance: { ETERNITY: '2014-03-15' } },
      },
      familles: {
        famille_1: {
          parents: ['parent'],
          enfants: ['enfant'],
          ars: { '2026': null },
          css: { '2026-06': null },
          cmu_c: { '2026-06': null },
        },
      },
      menages: {
        menage_1: {
          personne_de_reference: ['parent'],
          enfants: ['enfant'],
          depcom: { '2026-06': '69123' },
          statut_occupation_logement: { '2026-06': 'locataire_hlm' },
          loyer: { '2026-06': 400 },
          cheque_energie: { '2026': null },
        },
      },
    };
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/calculate',
      payload: body,
    });
    expect(response.statusCode).toBe(200);
    const json = response.json<typeof body>();
    // AAH at the full rate of April 2026 for a single parent without resources.
    expect(json.individus.parent.aah['2026-06']).toBe(1041.59);
    expect(json.individus.parent.asi['2026-06']).toBe(0);
    // One child of 12: BMAF 478,16 × 94,67 %.
    expect(json.familles.famille_1.ars['2026']).toBe(452.67);
    expect(json.menages.menage_1.cheque_energie['2026']).toBe(240);
    expect(json.familles.famille_1.cmu_c['2026-06']).toBe(false);
  });

  it('answers 400 when a variable is asked on the wrong entity or period', async () => {
    const body = situation();
    (body.individus.demandeur as Record<string, unknown>).af = { '2026-06': null };
    (body.familles.famille_1 as Record<string, unknown>).ars = { '2026-06': null };
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/calculate',
      payload: body,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ issues: { field: string; message: string }[] }>().issues).toEqual(
      expect.arrayContaining([
        {
          field: 'individus.demandeur.af',
          message: 'af se calcule pour une famille, pas dans « individus »',
        },
        {
          field: 'familles.famille_1.ars[2026-06]',
          message: 'période AAAA attendue (calcul annuel)',
        },
      ]),
    );
  });

  it('derives the gross pension of a retiree who gives only the net one, and says so', async () => {
    const retiree = (pension: Record<string, unknown>) => ({
      individus: {
        demandeur: {
          date_naissance: { ETERNITY: '1955-03-01' },
          activite: { '2026': 'retraite' },
          ...pension,
        },
      },
      familles: { famille_1: { parents: ['demandeur'], aspa: { '2026-06': null } } },
      menages: {
        menage_1: {
          personne_de_reference: ['demandeur'],
          depcom: { '2026-06': '13055' },
          statut_occupation_logement: { '2026-06': 'proprietaire' },
        },
      },
    });
    const yearly = { '2024': 8400, '2025': 8400, '2026': 8400 };
    const ask = (payload: object) =>
      server.app.inject({ method: 'POST', url: '/api/calculate', payload });
    type Answer = {
      familles: { famille_1: { aspa: Record<string, number> } };
      warnings?: string[];
    };
    const net = (await ask(retiree({ retraite_nette: yearly }))).json<Answer>();
    const all = (
      await ask(
        retiree({ retraite_nette: yearly, retraite_imposable: yearly, retraite_brute: yearly }),
      )
    ).json<Answer>();
    // ASPA for one person less the 700 € pension (not the full 1 043,59 €).
    expect(net.familles.famille_1.aspa['2026-06']).toBeCloseTo(343.59, 1);
    expect(all.familles.famille_1.aspa['2026-06']).toBe(net.familles.famille_1.aspa['2026-06']);
    // June 2026 applies the CSS ceiling of April 2025 (its April 2026 value is not entered).
    const stale: unknown = expect.stringContaining('css.plafondBase (attendue le 1er avril 2026)');
    expect(all.warnings).toEqual([stale]);
    expect(net.warnings).toEqual([
      expect.stringContaining(
        'retraite_imposable et retraite_brute non donnés, déduits de retraite_nette',
      ),
      stale,
    ]);
  });

  it('answers 400 when no variable is requested', async () => {
    const body = situation();
    body.familles.famille_1 = { parents: ['demandeur'] } as (typeof body.familles)['famille_1'];
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/calculate',
      payload: body,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ issues: { field: string }[] }>().issues[0]!.field).toBe('familles');
  });
});
