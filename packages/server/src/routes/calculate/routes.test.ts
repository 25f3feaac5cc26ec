import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server.ts';

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
        { field: 'individus.demandeur.salaire_mystere', message: 'variable non prise en charge' },
        {
          field: 'individus.demandeur.activite[2026-06]',
          message: 'valeur « "astronaute" » inconnue',
        },
      ]),
    );
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
