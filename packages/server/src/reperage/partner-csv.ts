import type { RawIdentity } from '@znr/linkage';

// Writes identities and attributes as a partner would export them (`;`, French headers), for the
// demo territory and the tests: the importer then reads them like any partner's file.

const IDENTITY_COLUMNS: readonly [string, keyof RawIdentity][] = [
  ['Identifiant', 'id'],
  ['Nom', 'lastName'],
  ['Nom de naissance', 'birthName'],
  ['Prénoms', 'firstNames'],
  ['Sexe', 'sex'],
  ['Date de naissance', 'birthDate'],
  ['Numéro', 'streetNumber'],
  ['Voie', 'street'],
  ['Code postal', 'postcode'],
  ['Commune', 'commune'],
  ['Téléphone', 'phone'],
  ['Courriel', 'email'],
];

function quote(value: string): string {
  return /[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A `;`-separated CSV text: the identity columns, then one column per attribute header given, in
 * that order; `attributes(i)` gives the values of the i-th record (missing: empty cell).
 */
export function partnerCsv(
  records: readonly RawIdentity[],
  attributeHeaders: readonly string[],
  attributes: (index: number) => Readonly<Record<string, string | number>>,
): string {
  const lines = [[...IDENTITY_COLUMNS.map(([header]) => header), ...attributeHeaders].join(';')];
  records.forEach((record, index) => {
    const values = attributes(index);
    lines.push(
      [
        ...IDENTITY_COLUMNS.map(([, key]) => quote(record[key] ?? '')),
        ...attributeHeaders.map((header) => quote(String(values[header] ?? ''))),
      ].join(';'),
    );
  });
  return `${lines.join('\n')}\n`;
}
