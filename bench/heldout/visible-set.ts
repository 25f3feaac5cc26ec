import { join } from 'node:path';
import { readCsv } from '@znr/linkage';

// What the held-out generator learns from the visible CAF × bailleur set (../shared/linkage):
// the draws that make it "of the same kind" — name, first-name, birth-year and address
// distributions, how the landlord writes a postal street or commune, field formats, and the
// joint distribution of the noise applied to true pairs (truth.csv's `corruptions`).

export type Row = Record<string, string>;

async function readRows(path: string): Promise<Row[]> {
  const rows: Row[] = [];
  let header: string[] | undefined;
  for await (const fields of readCsv(path)) {
    if (header === undefined) header = fields;
    else rows.push(Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ''])));
  }
  return rows;
}

/** Upper case, no accents, every non-letter a single space: the CAF's way of writing a name. */
export function cafKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

/** A map from a key to every form seen for it (with repetitions, so draws follow frequencies). */
function addForm(map: Map<string, string[]>, key: string, form: string): void {
  if (key === '' || form === '') return;
  const forms = map.get(key) ?? [];
  forms.push(form);
  map.set(key, forms);
}

/** The visible set's distributions, as lists to draw from. */
export interface VisibleSet {
  /** CAF `nom` and distinct `nom_naissance`, with repetitions. */
  surnames: string[];
  surnameCounts: Map<string, number>;
  /** Given names (CAF tokens) by sex, with repetitions. */
  givenNames: { M: string[]; F: string[] };
  /** Mixed-case, accented forms written by the landlord, by CAF key (names and given names). */
  typedForms: Map<string, string[]>;
  birthYears: number[];
  /** CAF addresses: street, postcode, commune. */
  addresses: Array<{ street: string; postcode: string; commune: string }>;
  /** Landlord forms of a CAF street and of a CAF commune, learnt from true pairs. */
  streetForms: Map<string, string[]>;
  communeForms: Map<string, string[]>;
  residences: string[];
  emailDomains: string[];
  /** nb_enfants and prestations of CAF households. */
  benefits: Array<{ children: string; benefits: string }>;
  /** `corruptions` of every true pair. */
  corruptions: string[][];
  /** Share of CAF rows per number of given names written (index 0 = one name). */
  givenCounts: number[];
}

/** Reads the visible set in `dir` and returns its distributions. */
export async function learnVisibleSet(dir: string): Promise<VisibleSet> {
  const caf = await readRows(join(dir, 'caf.csv'));
  const bailleur = await readRows(join(dir, 'bailleur.csv'));
  const truth = await readRows(join(dir, 'truth.csv'));
  const cafById = new Map(caf.map((row) => [row.id_caf ?? '', row]));
  const bailleurById = new Map(bailleur.map((row) => [row.id_locataire ?? '', row]));

  const surnames: string[] = [];
  const givenNames = { M: [] as string[], F: [] as string[] };
  const givenCounts = [0, 0, 0, 0];
  for (const row of caf) {
    const nom = row.nom ?? '';
    surnames.push(nom);
    if (row.nom_naissance && row.nom_naissance !== nom) surnames.push(row.nom_naissance);
    const given = (row.prenom ?? '').split(/[ ,]+/).filter(Boolean);
    givenNames[row.sexe === 'M' ? 'M' : 'F'].push(...given);
    givenCounts[Math.min(3, Math.max(0, given.length - 1))]! += 1;
  }
  const surnameCounts = new Map<string, number>();
  for (const name of surnames) surnameCounts.set(name, (surnameCounts.get(name) ?? 0) + 1);

  const typedForms = new Map<string, string[]>();
  for (const row of bailleur) {
    for (const value of [row.nom, row.nom_naissance, ...(row.prenom ?? '').split(' ')]) {
      // Only mixed-case forms carry the accents and the capitals to copy.
      if (value && /\p{Ll}/u.test(value) && /^\p{Lu}/u.test(value)) {
        addForm(typedForms, cafKey(value), value);
      }
    }
  }

  const streetForms = new Map<string, string[]>();
  const communeForms = new Map<string, string[]>();
  for (const pair of truth) {
    const tags = pair.corruptions ?? '';
    const c = cafById.get(pair.id_caf ?? '');
    const b = bailleurById.get(pair.id_locataire ?? '');
    if (c === undefined || b === undefined || /adresse_caf_perimee|cp_typo/.test(tags)) continue;
    if (!/voie_typo/.test(tags) && b.adresse_numero)
      addForm(streetForms, c.adresse_voie ?? '', b.adresse_voie ?? '');
    addForm(communeForms, c.commune ?? '', b.commune ?? '');
  }
  const total = givenCounts.reduce((a, b) => a + b, 0);
  return {
    surnames,
    surnameCounts,
    givenNames,
    typedForms,
    birthYears: caf.map((row) => Number((row.date_naissance ?? '').slice(0, 4))).filter(Boolean),
    addresses: caf.map((row) => ({
      street: row.adresse_voie ?? '',
      postcode: row.code_postal ?? '',
      commune: row.commune ?? '',
    })),
    streetForms,
    communeForms,
    residences: caf
      .map((row) => row.adresse_complement ?? '')
      .filter((text) => text.startsWith('RES '))
      .map((text) => text.slice(4)),
    emailDomains: [...caf, ...bailleur]
      .map((row) => (row.email ?? '').split('@')[1] ?? '')
      .filter((domain) => /^[a-z]+\.[a-z]+$/.test(domain)),
    benefits: caf.map((row) => ({
      children: row.nb_enfants ?? '0',
      benefits: row.prestations ?? '',
    })),
    corruptions: truth.map((pair) => (pair.corruptions ?? '').split('|').filter(Boolean)),
    givenCounts: givenCounts.map((count) => count / total),
  };
}
