import type { RawIdentity } from './normalise/identity.ts';
import { foldToAscii } from './normalise/text.ts';

/** The identity attributes a column can hold. */
export type IdentityColumn = Exclude<keyof RawIdentity, 'id'>;

/**
 * Usual headers of French files (and of the common English benchmarks), in normalised form
 * (lower case, no accents, words joined by `_`).
 */
export const IDENTITY_HEADERS: Readonly<Record<IdentityColumn, readonly string[]>> = {
  lastName: [
    'nom',
    'nom_usage',
    'nom_d_usage',
    'nom_usuel',
    'nom_marital',
    'nom_epouse',
    'nom_beneficiaire',
    'nom_allocataire',
    'nom_locataire',
    'nom_du_locataire',
    'nom_de_l_usager',
    'nom_usager',
    'surname',
    'last_name',
    'lastname',
    'family_name',
  ],
  birthName: [
    'nom_naissance',
    'nom_de_naissance',
    'nom_de_famille',
    'nom_patronymique',
    'patronyme',
    'nom_jeune_fille',
    'nom_de_jeune_fille',
    'nee',
    'birth_name',
    'maiden_name',
  ],
  firstNames: [
    'prenom',
    'prenoms',
    'prenom_usuel',
    'prenom_s',
    'prenom1',
    'premier_prenom',
    'prenom_beneficiaire',
    'prenom_allocataire',
    'prenom_locataire',
    'given_name',
    'given_names',
    'first_name',
    'firstname',
    'forename',
  ],
  sex: ['sexe', 'genre', 'civilite', 'civ', 'sex', 'gender', 'titre'],
  birthDate: [
    'date_naissance',
    'date_de_naissance',
    'datenaissance',
    'date_naiss',
    'dt_naissance',
    'ddn',
    'naissance',
    'ne_le',
    'ne_e_le',
    'date_of_birth',
    'birth_date',
    'birthdate',
    'dob',
  ],
  streetNumber: [
    'numero',
    'num',
    'no',
    'n',
    'numero_voie',
    'num_voie',
    'numero_de_voie',
    'adresse_numero',
    'adresse_num',
    'street_number',
  ],
  street: [
    'voie',
    'adresse_voie',
    'libelle_voie',
    'nom_voie',
    'rue',
    'adresse',
    'adresse_postale',
    'adresse_ligne_1',
    'adresse1',
    'ligne_adresse',
    'address',
    'address_1',
    'street',
  ],
  complement: [
    'complement',
    'adresse_complement',
    'complement_adresse',
    'complement_d_adresse',
    'adresse_ligne_2',
    'adresse2',
    'batiment',
    'appartement',
    'address_2',
  ],
  postcode: [
    'code_postal',
    'cp',
    'codepostal',
    'code_post',
    'adresse_code_postal',
    'postcode',
    'postal_code',
    'zip',
  ],
  commune: [
    'commune',
    'ville',
    'localite',
    'libelle_commune',
    'adresse_commune',
    'adresse_ville',
    'city',
    'suburb',
    'town',
  ],
  phone: [
    'telephone',
    'tel',
    'portable',
    'mobile',
    'telephone_portable',
    'telephone_mobile',
    'tel_portable',
    'tel_mobile',
    'numero_telephone',
    'numero_de_telephone',
    'phone',
    'phone_number',
  ],
  email: [
    'email',
    'e_mail',
    'mail',
    'courriel',
    'adresse_mail',
    'adresse_email',
    'adresse_electronique',
    'adresse_courriel',
  ],
};

const BY_HEADER = new Map<string, IdentityColumn>(
  Object.entries(IDENTITY_HEADERS).flatMap(([column, headers]) =>
    headers.map((header) => [header, column as IdentityColumn] as const),
  ),
);

/** Header in comparable form: `Prénom(s)` → `prenom_s`, `Date de naissance` → `date_de_naissance`. */
export function normaliseHeader(header: string): string {
  return foldToAscii(header.trim())
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Where each attribute sits in a file: column positions, the first column being the record id. */
export type ColumnMap = Partial<Record<IdentityColumn, number>>;

/**
 * Recognises the identity columns of a header row by their usual French names (accents, case,
 * spaces and punctuation do not matter). The first column is always the record id and is never
 * read as an attribute. When two columns claim the same attribute, the first wins.
 */
export function recogniseColumns(header: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  header.forEach((name, position) => {
    if (position === 0) return;
    const column = BY_HEADER.get(normaliseHeader(name));
    if (column !== undefined && map[column] === undefined) map[column] = position;
  });
  return map;
}

/** Builds the raw identity of one row from a column map. Empty fields are missing values. */
export function rowToIdentity(row: readonly string[], columns: ColumnMap): RawIdentity {
  const read = (column: IdentityColumn): string | undefined => {
    const position = columns[column];
    if (position === undefined) return undefined;
    const value = row[position]?.trim();
    return value === '' ? undefined : value;
  };
  return {
    id: row[0] ?? '',
    lastName: read('lastName'),
    birthName: read('birthName'),
    firstNames: read('firstNames'),
    sex: read('sex'),
    birthDate: read('birthDate'),
    streetNumber: read('streetNumber'),
    street: read('street'),
    complement: read('complement'),
    postcode: read('postcode'),
    commune: read('commune'),
    phone: read('phone'),
    email: read('email'),
  };
}
