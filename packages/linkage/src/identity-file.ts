import { access } from 'node:fs/promises';
import { recogniseColumns, rowToIdentity, type ColumnMap } from './columns.ts';
import { readCsv, type CsvOptions } from './csv.ts';
import type { RawIdentity } from './normalise/identity.ts';

/** A file that cannot be read as identities; the message, in French, names the file and the column. */
export class IdentityFileError extends Error {
  override readonly name = 'IdentityFileError';
}

/** Column roles in French, for messages. */
const COLUMN_LABELS: Readonly<Record<keyof ColumnMap, string>> = {
  lastName: 'nom',
  birthName: 'nom de naissance',
  firstNames: 'prénom',
  sex: 'sexe',
  birthDate: 'date de naissance',
  streetNumber: 'numéro',
  street: 'voie',
  complement: 'complément',
  postcode: 'code postal',
  commune: 'commune',
  phone: 'téléphone',
  email: 'courriel',
};

/** Which header was read as which attribute, in French (`nom ← « NOM_USAGE »`), for logs. */
export function describeColumns(header: readonly string[], columns: ColumnMap): string {
  const parts = [`identifiant ← « ${header[0] ?? ''} »`];
  for (const [column, position] of Object.entries(columns)) {
    parts.push(`${COLUMN_LABELS[column as keyof ColumnMap]} ← « ${header[position] ?? ''} »`);
  }
  return parts.join(', ');
}

/**
 * Streams the identities of a CSV file: the first column is the record id, the others are
 * recognised by their usual French headers. Throws `IdentityFileError` when the file is missing,
 * empty, has no name nor date-of-birth column, or a row without id.
 */
export async function* readIdentities(
  path: string,
  options: CsvOptions & {
    onColumns?: (header: readonly string[], columns: ColumnMap) => void;
  } = {},
): AsyncGenerator<RawIdentity> {
  try {
    await access(path);
  } catch {
    throw new IdentityFileError(`Fichier introuvable ou illisible : ${path}`);
  }
  let columns: ColumnMap | undefined;
  let line = 0;
  for await (const row of readCsv(path, options)) {
    line++;
    if (columns === undefined) {
      columns = recogniseColumns(row);
      if (
        columns.lastName === undefined &&
        columns.birthName === undefined &&
        columns.birthDate === undefined
      ) {
        throw new IdentityFileError(
          `${path} : aucune colonne de nom ni de date de naissance reconnue (en-têtes lus : ${row.join(', ')}). ` +
            'Nommez les colonnes par exemple « nom », « prénom », « date_naissance ».',
        );
      }
      options.onColumns?.(row, columns);
      continue;
    }
    if (row.length === 1 && row[0] === '') continue;
    const identity = rowToIdentity(row, columns);
    if (identity.id === '')
      throw new IdentityFileError(`${path}, ligne ${line} : colonne 1 (identifiant) vide.`);
    yield identity;
  }
  if (columns === undefined)
    throw new IdentityFileError(`${path} : fichier vide, sans ligne d'en-tête.`);
}
