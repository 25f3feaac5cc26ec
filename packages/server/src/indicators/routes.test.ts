import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndicatorFixture, type IndicatorFixture } from './fixture.ts';
import { buildUser, type BuiltUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { roles, type Role } from '../tenancy/roles.ts';

// The indicator endpoints over the fixture of indicators.test.ts (values computed there by hand):
// who may read, the territory each role sees, validation, and the three export formats.

let server: TestServer;
let f: IndicatorFixture;
const cookies = new Map<string, string>();

async function login(user: BuiltUser): Promise<string> {
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email: user.email, password: user.password },
  });
  const cookie = response.cookies.find((c) => c.name === 'znr_session');
  return `znr_session=${cookie?.value ?? ''}`;
}

beforeAll(async () => {
  server = await startTestServer();
  f = await buildIndicatorFixture(server.db);
  for (const role of roles) {
    const user =
      role === 'evaluateur'
        ? f.evaluateur
        : await buildUser(server.db, { role, organisation: f.coordinateurA.organisation });
    cookies.set(role, await login(user));
  }
});
afterAll(() => server.close());

const get = (role: Role, url: string) =>
  server.app.inject({ method: 'GET', url, headers: { cookie: cookies.get(role) ?? '' } });

const range = 'from=2026-01&to=2026-03&period=quarter';

describe('GET /api/pilotage/indicators', () => {
  it('answers coordinateur, pilote and évaluateur only', async () => {
    const expected: Record<Role, number> = {
      ambassadeur: 403,
      travailleur_social: 403,
      coordinateur: 200,
      pilote: 200,
      evaluateur: 200,
      admin: 403,
    };
    for (const role of roles) {
      const response = await get(role, `/api/pilotage/indicators?${range}`);
      expect([role, response.statusCode]).toEqual([role, expected[role]]);
    }
    const anonymous = await server.app.inject({ url: `/api/pilotage/indicators?${range}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('gives the pilote their territory exact, the évaluateur every territory suppressed', async () => {
    const files = (body: string) =>
      (
        JSON.parse(body) as {
          indicators: { code: string; values: { key: string; value: number | null }[] }[];
        }
      ).indicators.find((i) => i.code === 'dossiers_ouverts')?.values;
    // Territory A: 4 files in the quarter (H1 to H4), shown exact to its pilote.
    expect(files((await get('pilote', `/api/pilotage/indicators?${range}`)).body)).toEqual([
      { period: '2026-T1', key: '*', value: 4 },
    ]);
    // All territories: 5 files, published (≥ 5) to the évaluateur.
    expect(files((await get('evaluateur', `/api/pilotage/indicators?${range}`)).body)).toEqual([
      { period: '2026-T1', key: '*', value: 5 },
    ]);
    const other = await get(
      'pilote',
      `/api/pilotage/indicators?${range}&territoryId=${f.territoryB}`,
    );
    expect(other.statusCode).toBe(403);
  });

  it('names the field and the reason of a wrong query, in French', async () => {
    const response = await get('pilote', '/api/pilotage/indicators?from=2026-05&to=2026-02&by=rue');
    expect(response.statusCode).toBe(400);
    const fields = (JSON.parse(response.body) as { issues: { field: string }[] }).issues.map(
      (i) => i.field,
    );
    expect(fields).toContain('by');
    const late = await get('pilote', '/api/pilotage/indicators?from=2026-05&to=2026-02');
    expect(JSON.parse(late.body)).toMatchObject({
      issues: [{ field: 'to', message: 'le dernier mois précède le premier' }],
    });
  });
});

describe('the suivi form’s answers feed the indicators', () => {
  it('counts a household opened today without social follow-up, met outside any action', async () => {
    const now = new Date();
    const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    const url = `/api/pilotage/indicators?from=${month}&to=${month}`;
    const read = async (code: string) =>
      (
        JSON.parse((await get('coordinateur', url)).body) as {
          indicators: { code: string; values: { value: number | null }[] }[];
        }
      ).indicators.find((i) => i.code === code)?.values[0]?.value;
    const before = [await read('sans_suivi_social'), await read('personnes_rencontrees')];
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/households',
      headers: { cookie: cookies.get('ambassadeur') ?? '' },
      payload: { persons: [{ role: 'demandeur', firstName: 'Awa', lastName: 'Diallo' }] },
    });
    expect(created.statusCode).toBe(201);
    const { id } = JSON.parse(created.body) as { id: string };
    const patched = await server.app.inject({
      method: 'PATCH',
      url: `/api/households/${id}`,
      headers: { cookie: cookies.get('ambassadeur') ?? '' },
      payload: { socialFollowUp: 'non', metInOutreach: false },
    });
    expect(patched.statusCode).toBe(204);
    // One more household without social follow-up, and one more person met (outside actions).
    expect([await read('sans_suivi_social'), await read('personnes_rencontrees')]).toEqual([
      (before[0] ?? 0) + 1,
      (before[1] ?? 0) + 1,
    ]);
  });
});

describe('GET /api/pilotage/indicators/export', () => {
  const url = `/api/pilotage/indicators/export?${range}&by=quartier`;

  it('writes CSV with a BOM, semicolons and small counts suppressed', async () => {
    const response = await get('coordinateur', `${url}&format=csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(
      response.body.startsWith('\uFEFFindicateur;libelle;unite;periode;ventilation;cle;'),
    ).toBe(true);
    const lines = response.body.slice(1).trim().split('\r\n');
    const line = (indicator: string, key: string) =>
      lines.find((l) => l.startsWith(`${indicator};`) && l.split(';')[5] === key)?.split(';');
    // People met by quartier (indicators.test.ts): Minguettes 11, Centre 7, none 1 (primary), total
    // 19. Column T1 holds one suppressed cell, so the smallest other, Centre 7, goes too.
    expect(line('personnes_rencontrees', 'Minguettes')?.slice(7)).toEqual(['11', '']);
    expect(line('personnes_rencontrees', '')?.slice(7)).toEqual(['', 'primaire']);
    expect(line('personnes_rencontrees', 'Centre')?.slice(7)).toEqual(['', 'secondaire']);
    expect(line('personnes_rencontrees', '*')?.slice(7)).toEqual(['19', '']);
  });

  it('writes the same rows as XLSX and JSON', async () => {
    const json = await get('coordinateur', `${url}&format=json`);
    const body = JSON.parse(json.body) as { format: string; lignes: Record<string, unknown>[] };
    expect(body.format).toBe('znr-indicateurs/1');
    const xlsx = await get('coordinateur', `${url}&format=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Indicateurs');
    expect(sheet?.rowCount).toBe(body.lignes.length + 1);
    const minguettes = body.lignes.find(
      (l) => l.indicateur === 'personnes_rencontrees' && l.cle === 'Minguettes',
    );
    expect(minguettes).toMatchObject({ valeur: 11, secret: '', libelle_cle: 'Minguettes' });
    const row = sheet
      ?.getSheetValues()
      .find(
        (r) => Array.isArray(r) && r[1] === 'personnes_rencontrees' && r[6] === 'Minguettes',
      ) as unknown[];
    expect(row[8]).toBe(11);
  });
});
