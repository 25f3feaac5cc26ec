import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { syntheticFiles, type RawIdentity } from '@znr/linkage';

const bin = fileURLToPath(new URL('../bin/znr.js', import.meta.url));
const znr = (...args: string[]) =>
  spawnSync(process.execPath, [bin, 'link', ...args], { encoding: 'utf8' });

function files(): { dir: string; left: string; right: string } {
  const dir = mkdtempSync(join(tmpdir(), 'znr-link-'));
  const left = join(dir, 'caf.csv');
  const right = join(dir, 'bailleur.csv');
  // Windows-1252 is not needed here: semicolons, quotes and French headers are.
  writeFileSync(
    left,
    [
      'id_caf;NOM;Prénom(s);Nom de naissance;Sexe;Date de naissance;Numéro;Voie;Code postal;Ville;Téléphone',
      'C1;TRAORE;FATOUMATA;;F;1968-05-27;28;RUE LOUIS ARAGON;93340;LE RAINCY;0610817883',
      'C2;MARTIN;JEAN PIERRE;;M;1950-02-11;4;AV DU GAL DE GAULLE;93200;ST DENIS;',
      'C3;KHELIFI;KHADIJA;KHELIFI;F;1979-05-23;52;CHE CLAUDE DEBUSSY;93190;LIVRY GARGAN;07 77 74 83 06',
      'C4;DIALLO;MAMADOU;;M;1967-09-16;146;AV DE LA LIBERTE;93100;MONTREUIL;',
    ].join('\n'),
  );
  writeFileSync(
    right,
    [
      'id_locataire,nom,prenom,sexe,date_naissance,adresse_numero,adresse_voie,code_postal,commune,telephone',
      'L1,Traoré,Fatoumata,F,27/05/1968,28,"rue Louis Aragon",93340,Le Raincy,06.10.81.78.83',
      'L2,Martin,Jean-Pierre,H,11/02/1950,4,"avenue du Général de Gaulle",93200,Saint-Denis,',
      'L3,Bouseddikou,Khadija,F,23/05/1979,52,chemin Claude Debussy,93190,Livry-Gargan,+33 7 77 74 83 06',
      'L4,Nguyen,Thi,F,01/01/1990,3,rue de Paris,93100,Montreuil,',
    ].join('\n'),
  );
  return { dir, left, right };
}

describe('znr link', () => {
  it('writes left_id,right_id,score for the people it matches, one-to-one', () => {
    // Synthetic files written with French headers and semicolons, as a partner would send them.
    const dir = mkdtempSync(join(tmpdir(), 'znr-link-'));
    const { left, right, truth } = syntheticFiles({ left: 2000, right: 500, seed: 5 });
    const write = (path: string, records: readonly RawIdentity[]): void => {
      const header =
        'Identifiant;Nom;Nom de naissance;Prénom(s);Sexe;Date de naissance;Numéro;Voie;CP;Ville;Tél.';
      const rows = records.map((r) =>
        [
          r.id,
          r.lastName,
          r.birthName,
          r.firstNames,
          r.sex,
          r.birthDate,
          r.streetNumber,
          r.street,
          r.postcode,
          r.commune,
          r.phone,
        ]
          .map((value) => value ?? '')
          .join(';'),
      );
      writeFileSync(path, [header, ...rows].join('\n'));
    };
    write(join(dir, 'caf.csv'), left);
    write(join(dir, 'bailleur.csv'), right);
    const output = join(dir, 'paires.csv');
    const run = znr(
      '--left',
      join(dir, 'caf.csv'),
      '--right',
      join(dir, 'bailleur.csv'),
      '--output',
      output,
    );
    expect(run.status).toBe(0);
    const lines = readFileSync(output, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('left_id,right_id,score');
    const found = lines.slice(1).map((line) => line.split(','));
    const expected = new Set(truth.map(([l, r]) => `${l}|${r}`));
    const correct = found.filter(([l, r]) => expected.has(`${l}|${r}`)).length;
    expect(correct / found.length).toBeGreaterThan(0.95);
    expect(correct / expected.size).toBeGreaterThan(0.95);
    expect(new Set(found.map(([l]) => l)).size).toBe(found.length);
    for (const [, , score] of found) expect(Number(score)).toBeGreaterThanOrEqual(0.5);
  });

  it('fails with a French message naming a missing file', () => {
    const { dir, left } = files();
    const run = znr(
      '--left',
      left,
      '--right',
      join(dir, 'absent.csv'),
      '--output',
      join(dir, 'p.csv'),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Fichier introuvable ou illisible : ${join(dir, 'absent.csv')}`);
  });

  it('fails with a French message when no column is recognised', () => {
    const { dir, left } = files();
    const odd = join(dir, 'odd.csv');
    writeFileSync(odd, 'ref,couleur,taille\n1,bleu,12\n');
    const run = znr('--left', left, '--right', odd, '--output', join(dir, 'p.csv'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/odd\.csv : aucune colonne de nom ni de date de naissance reconnue/);
  });

  it('refuses an invalid threshold', () => {
    const { dir, left, right } = files();
    const run = znr(
      '--left',
      left,
      '--right',
      right,
      '--output',
      join(dir, 'p.csv'),
      '--threshold',
      '2',
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--threshold');
  });
});
