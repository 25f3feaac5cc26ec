import { readdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, type BuiltUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { uploadFolder } from './uploads.ts';
import { coordinatorAndBailleur, login, temporaryDataDir, upload } from './test-helpers.ts';

// Imports of partners' files through the real API, from upload to stored records: separators,
// encodings, BOM, ragged rows, empty lines, formulas, XLSX dates and numbers, idempotence, and the
// agreement checks. Every expectation is written out by hand from the fixture above it.

let server: TestServer;
let dataDir: string;
let coordinator: BuiltUser;
let bailleur: BuiltUser;
let coordinatorCookie: string;
let bailleurCookie: string;
let agreementId: string;

const FIELDS = [
  'nom',
  'prenoms',
  'date_naissance',
  'code_postal',
  'commune',
  'adresse',
  'telephone',
  'dette_loyer',
  'loyer_mensuel',
  'statut_occupation',
  'aide_logement_percue',
  'nb_personnes_foyer',
];

async function createAgreement(fields: string[], status = 'active'): Promise<string> {
  const created = await server.app.inject({
    method: 'POST',
    url: '/api/reperage/agreements',
    headers: { cookie: coordinatorCookie },
    payload: {
      title: `Convention ${fields.length}`,
      purpose: 'Repérer les locataires en impayé qui ne perçoivent pas l’aide au logement',
      legalBasis: 'article L.114-8 du CRPA (loi 3DS)',
      parties: [coordinator.organisation.id, bailleur.organisation.id],
      fields,
      retentionMonths: 12,
      dpoContact: 'dpo@bailleur.example.org',
      validFrom: '2026-01-01',
      validTo: '2099-12-31',
    },
  });
  expect(created.statusCode).toBe(201);
  const id = created.json<{ id: string }>().id;
  if (status !== 'brouillon') {
    const patched = await server.app.inject({
      method: 'PATCH',
      url: `/api/reperage/agreements/${id}/status`,
      headers: { cookie: coordinatorCookie },
      payload: { status },
    });
    expect(patched.statusCode).toBe(204);
  }
  return id;
}

interface Uploaded {
  uploadId: string;
  header: string[];
  rows: string[][];
  mapping: Record<string, string | null>;
}

async function importFile(
  fileName: string,
  content: Buffer,
  agreement = agreementId,
  mappingChange: Record<string, string | null> = {},
) {
  const uploaded = await upload(server, bailleurCookie, 'Bailleur Est', fileName, content);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const preview = uploaded.json<Uploaded>();
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/reperage/imports',
    headers: { cookie: bailleurCookie },
    payload: {
      uploadId: preview.uploadId,
      agreementId: agreement,
      partner: 'Bailleur Est',
      fileName,
      mapping: { ...preview.mapping, ...mappingChange },
    },
  });
  return { preview, response };
}

async function finishedImport(id: string) {
  await server.jobs.idle();
  const response = await server.app.inject({
    method: 'GET',
    url: `/api/reperage/imports/${id}`,
    headers: { cookie: bailleurCookie },
  });
  expect(response.statusCode).toBe(200);
  return response.json<{
    status: string;
    rowsTotal: number;
    rowsValid: number;
    rowsRejected: number;
    error: string | null;
    report: { line: number; column: string | null; reason: string }[];
  }>();
}

async function storedRecords(importId: string) {
  return server.db
    .selectFrom('partner_record as r')
    .innerJoin('partner_record_identity as i', 'i.record_id', 'r.id')
    .select([
      'r.line',
      'r.source_id',
      'r.attributes',
      'i.last_name',
      'i.first_names',
      'i.birth_date',
    ])
    .where('r.import_id', '=', importId)
    .orderBy('r.line')
    .execute();
}

beforeAll(async () => {
  dataDir = temporaryDataDir();
  server = await startTestServer({ env: { ZNR_DATA_DIR: dataDir } });
  ({ coordinator, bailleur, coordinatorCookie, bailleurCookie } =
    await coordinatorAndBailleur(server));
  agreementId = await createAgreement(FIELDS);
});
afterAll(() => server.close());

describe('import of a partner’s CSV file', () => {
  it('reads a Windows-1252 file with `;`, keeps valid rows and reports each rejected one', async () => {
    const csv = [
      'Référence;Nom;Prénom;Date de naissance;CP;Ville;Dette;Loyer;Statut',
      'L1;Lefèvre;Hélène;03/02/1961;69200;Vénissieux;1 250,50 €;480;Locataire',
      '',
      'L2;Diallo;Awa;1985-13-01;69200;Vénissieux;0;390;L', // month 13
      'L3;Martin;Jean;12/07/1970;69200;Vénissieux;abc;410;locataire', // amount
      'L4;Nguyen;Minh;01/01/1990;69200', // ragged: 5 of 9 columns
      ';Bernard;Luc;05/05/1975;69200;Vénissieux;0;400;locataire', // no id
      'L6;=HYPERLINK("x");Paul;05/05/1975;69200;Vénissieux;0;400;locataire', // formula
      'L7;;;;69200;Vénissieux;100;400;heberge', // no name nor birth date
      'L8;Petit;Zoé;15.08.2001;69200;Vénissieux;;520;hébergée',
      '',
    ].join('\r\n');
    const { preview, response } = await importFile(
      'locataires.csv',
      // Windows-1252: the euro sign is byte 0x80, accents one byte each.
      Buffer.from(csv.replace('€', '\x80'), 'latin1'),
    );
    expect(preview.header[1]).toBe('Nom');
    expect(preview.mapping).toEqual({
      Nom: 'nom',
      Prénom: 'prenoms',
      'Date de naissance': 'date_naissance',
      CP: 'code_postal',
      Ville: 'commune',
      Dette: 'dette_loyer',
      Loyer: 'loyer_mensuel',
      Statut: 'statut_occupation',
    });
    expect(response.statusCode, response.body).toBe(201);
    const { id, existing } = response.json<{ id: string; existing: boolean }>();
    expect(existing).toBe(false);
    const result = await finishedImport(id);
    expect(result).toMatchObject({
      status: 'terminee',
      rowsTotal: 8,
      rowsValid: 2,
      rowsRejected: 6,
    });
    expect(result.report).toEqual([
      {
        line: 4,
        column: 'Date de naissance',
        reason: 'date illisible (attendu JJ/MM/AAAA ou AAAA-MM-JJ)',
      },
      { line: 5, column: 'Dette', reason: 'montant illisible' },
      {
        line: 6,
        column: null,
        reason:
          'la ligne a 5 colonnes alors que l’en-tête en a 9 (séparateur ou guillemet mal placé ?)',
      },
      { line: 7, column: 'Référence', reason: 'identifiant vide' },
      { line: 8, column: 'Nom', reason: 'formule au lieu d’une valeur' },
      {
        line: 9,
        column: null,
        reason: 'ni nom ni date de naissance : la personne ne peut pas être rapprochée',
      },
    ]);
    const records = await storedRecords(id);
    expect(records).toEqual([
      {
        line: 2,
        source_id: 'L1',
        attributes: { dette_loyer: 1250.5, loyer_mensuel: 480, statut_occupation: 'locataire' },
        last_name: 'Lefèvre',
        first_names: 'Hélène',
        birth_date: '1961-02-03',
      },
      {
        line: 10,
        source_id: 'L8',
        attributes: { loyer_mensuel: 520, statut_occupation: 'heberge' },
        last_name: 'Petit',
        first_names: 'Zoé',
        birth_date: '2001-08-15',
      },
    ]);
    // The raw file is gone once processed.
    expect(readdirSync(uploadFolder(dataDir))).toEqual([]);
  });

  it('gives back the same import for the same file, without a duplicate row', async () => {
    const csv = '\ufeffid\tnom\tprenom\tdate_naissance\nA1\tKone\tMariam\t1979-04-22\n';
    const first = await importFile('tab.csv', Buffer.from(csv, 'utf8'));
    const { id } = first.response.json<{ id: string }>();
    expect((await finishedImport(id)).rowsValid).toBe(1);
    const again = await importFile('copie.csv', Buffer.from(csv, 'utf8'));
    expect(again.response.json()).toEqual({ id, existing: true });
    expect(await storedRecords(id)).toHaveLength(1);
    expect(readdirSync(uploadFolder(dataDir))).toEqual([]);
  });

  it('rejects a repeated id and reports it on the id column, without merging the rows', async () => {
    const csv = [
      'id;nom;prenom;date_naissance',
      'D1;Koné;Awa;1980-01-02',
      'D2;Sy;Ali;1981-02-03',
      'D1;Koné;Awa;1980-01-02', // the same row again
      'D3;Ba;Oumar;1979-13-01', // month 13: rejected before any id check
      'D1;Traoré;Moussa;1990-05-06', // another person under the same id
      'D4;Fall;Binta;1992-07-08',
    ].join('\n');
    const { response } = await importFile('doublons.csv', Buffer.from(csv, 'utf8'));
    expect(response.statusCode, response.body).toBe(201);
    const { id } = response.json<{ id: string }>();
    const result = await finishedImport(id);
    expect(result).toMatchObject({ rowsTotal: 6, rowsValid: 3, rowsRejected: 3 });
    const repeated =
      'identifiant « D1 » déjà présent ligne 2 : deux lignes d’un même fichier ne peuvent pas porter le même identifiant';
    expect(result.report).toEqual([
      { line: 4, column: 'id', reason: repeated },
      {
        line: 5,
        column: 'date_naissance',
        reason: 'date illisible (attendu JJ/MM/AAAA ou AAAA-MM-JJ)',
      },
      { line: 6, column: 'id', reason: repeated },
    ]);
    expect((await storedRecords(id)).map((r) => [r.line, r.source_id, r.last_name])).toEqual([
      [2, 'D1', 'Koné'],
      [3, 'D2', 'Sy'],
      [7, 'D4', 'Fall'],
    ]);
  });

  it('keeps every row of a file of three batches, a repeated id across batches rejected', async () => {
    // 1,234 rows: batches of 500, 500 and 234. Every 97th row has an unreadable date; row 700
    // repeats the id of row 10 (first batch → second), row 1,150 that of row 600 (second → third).
    const rows = 1234;
    const repeats = new Map([
      [700, 10],
      [1150, 600],
    ]);
    const unreadable = (i: number) => i % 97 === 0;
    const lines = ['id;nom;prenom;date_naissance'];
    for (let i = 1; i <= rows; i++) {
      const id = `L${repeats.get(i) ?? i}`;
      const date = unreadable(i) ? '1980-13-01' : `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`;
      lines.push(`${id};Nom${i};Prénom${i};${date}`);
    }
    const { response } = await importFile('trois-lots.csv', Buffer.from(lines.join('\n'), 'utf8'));
    expect(response.statusCode, response.body).toBe(201);
    const { id } = response.json<{ id: string }>();
    const result = await finishedImport(id);
    const rejectedRows = [...Array(rows).keys()]
      .map((k) => k + 1)
      .filter((i) => unreadable(i) || repeats.has(i));
    expect(rejectedRows).toHaveLength(12 + 2);
    expect(result).toMatchObject({
      status: 'terminee',
      rowsTotal: rows,
      rowsValid: rows - rejectedRows.length,
      rowsRejected: rejectedRows.length,
    });
    expect(result.rowsValid + result.rowsRejected).toBe(result.rowsTotal);
    // The report names each rejected line (the header is line 1), and only those.
    expect(result.report.map((r) => [r.line, r.column])).toEqual(
      rejectedRows.map((i) => [i + 1, repeats.has(i) ? 'id' : 'date_naissance']),
    );
    // Stored: exactly the valid rows, each once, the first of a repeated id kept.
    const stored = await storedRecords(id);
    expect(stored).toHaveLength(result.rowsValid);
    const valid = [...Array(rows).keys()]
      .map((k) => k + 1)
      .filter((i) => !rejectedRows.includes(i));
    expect(stored.map((r) => [r.line, r.source_id])).toEqual(valid.map((i) => [i + 1, `L${i}`]));
  });

  it('remembers the mapping of a partner and proposes it next time', async () => {
    const csv = 'num;NOM_LOC;PRN;colonne libre\nX1;Roux;Léa;42\n';
    const first = await importFile('a.csv', Buffer.from(csv), agreementId, { PRN: 'prenoms' });
    expect(first.preview.mapping).toEqual({ NOM_LOC: null, PRN: null, 'colonne libre': null });
    expect(first.response.statusCode).toBe(400); // no name nor date column yet
    const second = await importFile('a.csv', Buffer.from(csv), agreementId, {
      NOM_LOC: 'nom',
      PRN: 'prenoms',
    });
    expect(second.response.statusCode).toBe(201);
    const third = await upload(server, bailleurCookie, 'Bailleur Est', 'b.csv', Buffer.from(csv));
    expect(third.json<Uploaded>().mapping).toEqual({
      NOM_LOC: 'nom',
      PRN: 'prenoms',
      'colonne libre': null,
    });
  });
});

describe('agreement checks', () => {
  it('refuses a column whose field the agreement does not share, and imports nothing', async () => {
    const csv = 'id;nom;rsa\nR1;Blanc;500\n';
    const { response } = await importFile('rsa.csv', Buffer.from(csv));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: 'champ_hors_convention',
      message:
        'Colonne « rsa » : le champ « RSA perçu » (rsa_percu) n’est pas prévu par la convention. Ignorez cette colonne ou faites modifier la convention : rien n’a été importé.',
    });
    const ignored = await importFile('rsa.csv', Buffer.from(csv), agreementId, { rsa: null });
    expect(ignored.response.statusCode).toBe(201);
  });

  it('refuses an import under a suspended agreement or outside its dates', async () => {
    const suspended = await createAgreement(['nom'], 'active');
    await server.app.inject({
      method: 'PATCH',
      url: `/api/reperage/agreements/${suspended}/status`,
      headers: { cookie: coordinatorCookie },
      payload: { status: 'suspendue' },
    });
    const { response } = await importFile('s.csv', Buffer.from('id;nom\nS1;Noir\n'), suspended);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: 'convention_inutilisable',
      message:
        'La convention « Convention 1 » est suspendue : aucun import ni rapprochement n’est possible.',
    });
    const expired = await server.db
      .insertInto('data_agreement')
      .values({
        territory_id: coordinator.organisation.territory_id,
        title: 'Ancienne convention',
        purpose: 'x',
        legal_basis: 'x',
        parties: [bailleur.organisation.id],
        fields: ['nom'],
        retention_months: 12,
        dpo_contact: 'x',
        valid_from: '2020-01-01',
        valid_to: '2021-12-31',
        status: 'active',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const late = await importFile('e.csv', Buffer.from('id;nom\nE1;Gris\n'), expired.id);
    expect(late.response.json()).toMatchObject({
      message:
        'La convention « Ancienne convention » a pris fin le 31/12/2021 : aucun import ni rapprochement n’est possible.',
    });
  });

  it('lets only the coordinator create an agreement, and nobody sees another territory’s', async () => {
    const refused = await server.app.inject({
      method: 'POST',
      url: '/api/reperage/agreements',
      headers: { cookie: bailleurCookie },
      payload: {
        title: 'Convention du bailleur',
        purpose: 'x',
        legalBasis: 'x',
        parties: [bailleur.organisation.id],
        fields: ['nom'],
        retentionMonths: 12,
        dpoContact: 'x',
        validFrom: '2026-01-01',
        validTo: '2026-12-31',
      },
    });
    expect(refused.statusCode).toBe(403);
    const stranger = await buildUser(server.db, { role: 'coordinateur' });
    const list = await server.app.inject({
      method: 'GET',
      url: '/api/reperage/agreements',
      headers: { cookie: await login(server, stranger) },
    });
    expect(list.json()).toEqual([]);
    const evaluator = await buildUser(server.db, {
      role: 'evaluateur',
      organisation: coordinator.organisation,
    });
    const denied = await server.app.inject({
      method: 'GET',
      url: '/api/reperage/agreements',
      headers: { cookie: await login(server, evaluator) },
    });
    expect(denied.statusCode).toBe(403);
  });
});

describe('import of a partner’s XLSX file', () => {
  it('reads dates, numbers, formulas and error cells of a spreadsheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Locataires');
    sheet.addRow([
      'Matricule',
      'Nom',
      'Prénom',
      'Date de naissance',
      'Code postal',
      'APL',
      'Nb personnes',
    ]);
    sheet.addRow(['M1', 'Durand', 'Lucie', new Date(Date.UTC(1958, 5, 14)), 1000, 0, 2]);
    sheet.addRow([
      'M2',
      'Moreau',
      'Ali',
      '21/09/1992',
      '69200',
      { formula: '100+23.5', result: 123.5 },
      4,
    ]);
    sheet.addRow(['M3', 'Simon', 'Eva', 33_000, 69200, { error: '#N/A' }, 1]);
    sheet.addRow([
      'M4',
      'Laurent',
      'Noé',
      new Date(Date.UTC(1960, 0, 1)),
      69200,
      { formula: 'B9*2' },
      1,
    ]);
    sheet.addRow([]);
    sheet.addRow(['M6', 'Michel', 'Inès', '1999-02-30', 69200, 10, 2.5]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const { preview, response } = await importFile('apl.xlsx', buffer);
    expect(preview.mapping).toEqual({
      Nom: 'nom',
      Prénom: 'prenoms',
      'Date de naissance': 'date_naissance',
      'Code postal': 'code_postal',
      APL: 'aide_logement_percue',
      'Nb personnes': 'nb_personnes_foyer',
    });
    expect(preview.rows[0]).toEqual(['M1', 'Durand', 'Lucie', '1958-06-14', '1000', '0', '2']);
    const { id } = response.json<{ id: string }>();
    const result = await finishedImport(id);
    expect(result.report).toEqual([
      { line: 4, column: 'APL', reason: 'cellule en erreur (#N/A)' },
      { line: 5, column: 'APL', reason: 'cellule en erreur (formule sans valeur calculée)' },
      { line: 7, column: 'Date de naissance', reason: 'date inexistante' },
      { line: 7, column: 'Nb personnes', reason: 'nombre entier attendu' },
    ]);
    expect(result).toMatchObject({ rowsTotal: 5, rowsValid: 2, rowsRejected: 3 });
    const records = await storedRecords(id);
    expect(records.map((r) => [r.source_id, r.birth_date, r.attributes])).toEqual([
      ['M1', '1958-06-14', { aide_logement_percue: 0, nb_personnes_foyer: 2 }],
      ['M2', '1992-09-21', { aide_logement_percue: 123.5, nb_personnes_foyer: 4 }],
    ]);
    const postcodes = await server.db
      .selectFrom('partner_record_identity as i')
      .innerJoin('partner_record as r', 'r.id', 'i.record_id')
      .select('i.postcode')
      .where('r.import_id', '=', id)
      .orderBy('r.line')
      .execute();
    // 1000 as a number cell is the postcode 01000 (Bourg-en-Bresse) whose leading zero was lost.
    expect(postcodes.map((p) => p.postcode)).toEqual(['01000', '69200']);
  });
});
