import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectEncoding,
  detectSeparator,
  parseCsv,
  readCsv,
  readIdentities,
  recogniseColumns,
} from '../src/index.ts';

async function rows(chunks: Array<Uint8Array | string>): Promise<string[][]> {
  const all: string[][] = [];
  for await (const row of parseCsv(chunks)) all.push(row);
  return all;
}

const encoder = new TextEncoder();

describe('CSV reader', () => {
  it('reads RFC 4180 quotes: separators, doubled quotes and line breaks inside fields', async () => {
    const text = 'id,nom,adresse\r\n1,"Dupont, Jean","12 rue ""Haute""\nBât A"\r\n2,Martin,\n';
    expect(await rows([encoder.encode(text)])).toEqual([
      ['id', 'nom', 'adresse'],
      ['1', 'Dupont, Jean', '12 rue "Haute"\nBât A'],
      ['2', 'Martin', ''],
    ]);
  });

  it('gives the same rows whatever the chunk boundaries', async () => {
    const text = 'id;nom;prénom\n1;"Le ""Gall""";Anne\n2;"N\'Diaye; Awa";"Aïssatou"\n';
    const bytes = encoder.encode(text);
    const whole = await rows([bytes]);
    for (let size = 1; size < 12; size++) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(await rows(chunks)).toEqual(whole);
    }
    expect(whole[2]).toEqual(['2', "N'Diaye; Awa", 'Aïssatou']);
  });

  it('detects separators from the header', () => {
    expect(detectSeparator('id;nom;"prénom, usuel"')).toBe(';');
    expect(detectSeparator('id\tnom\tprenom')).toBe('\t');
    expect(detectSeparator('id,nom,prenom')).toBe(',');
  });

  it('reads UTF-8 with a BOM and Windows-1252 files', async () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...encoder.encode('id,nom\n1,Hélène\n')]);
    expect(detectEncoding(bom)).toBe('utf-8');
    expect(await rows([bom])).toEqual([
      ['id', 'nom'],
      ['1', 'Hélène'],
    ]);
    // "Hélène Œuvrard" in Windows-1252: é = 0xE9, è = 0xE8, Œ = 0x8C.
    const latin = Uint8Array.from([
      ...encoder.encode('id;nom\n1;H'),
      0xe9,
      0x6c,
      0xe8,
      0x6e,
      0x65,
      0x20,
      0x8c,
      ...encoder.encode('uvrard\n'),
    ]);
    expect(detectEncoding(latin)).toBe('windows-1252');
    expect((await rows([latin]))[1]).toEqual(['1', 'Hélène Œuvrard']);
  });

  it('streams a file from disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csv-'));
    const path = join(dir, 'big.csv');
    const lines = ['id,nom'];
    for (let i = 0; i < 50_000; i++) lines.push(`${i},"Nom ${i}, fils"`);
    writeFileSync(path, lines.join('\n'));
    let count = 0;
    let last: string[] = [];
    for await (const row of readCsv(path)) {
      count++;
      last = row;
    }
    expect(count).toBe(50_001);
    expect(last).toEqual(['49999', 'Nom 49999, fils']);
  });
});

describe('column recognition', () => {
  it('maps usual French headers whatever their case, accents and punctuation', () => {
    const header = [
      'N° dossier',
      'NOM',
      'Prénom(s)',
      'Nom de naissance',
      'Civilité',
      'Date de naissance',
      'Numéro',
      'Voie',
      "Complément d'adresse",
      'CP',
      'Ville',
      'Tél. portable',
      'Courriel',
      'num_allocataire',
    ];
    expect(recogniseColumns(header)).toEqual({
      lastName: 1,
      firstNames: 2,
      birthName: 3,
      sex: 4,
      birthDate: 5,
      streetNumber: 6,
      street: 7,
      complement: 8,
      postcode: 9,
      commune: 10,
      phone: 11,
      email: 12,
    });
  });

  it('never reads the first column as an attribute', () => {
    expect(recogniseColumns(['nom', 'prenom'])).toEqual({ firstNames: 1 });
  });

  it('refuses a file without name nor date column, naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csv-'));
    const path = join(dir, 'inconnu.csv');
    writeFileSync(path, 'id,couleur\n1,bleu\n');
    await expect(async () => {
      for await (const identity of readIdentities(path)) void identity;
    }).rejects.toThrow(/inconnu\.csv : aucune colonne de nom/);
  });

  it('refuses a missing file with a French message', async () => {
    await expect(async () => {
      for await (const identity of readIdentities('/nulle/part.csv')) void identity;
    }).rejects.toThrow('Fichier introuvable ou illisible : /nulle/part.csv');
  });
});
