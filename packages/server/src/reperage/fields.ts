import { IDENTITY_HEADERS, type IdentityColumn } from '@znr/linkage';

// The canonical fields of repérage: what a data-sharing agreement lists, what a partner's column
// is mapped to, what a record stores. Identity fields are pseudonymised (HMAC + Bloom encodings)
// and kept in clear only in partner_record_identity; attribute fields are stored, typed, in
// partner_record.attributes, which detection rules read. Names are frozen: extend, never remove.

/** How a value is read and checked (see reperage/parse-value.ts). */
export type FieldType =
  | 'texte'
  | 'date'
  | 'sexe'
  | 'code_postal'
  | 'telephone'
  | 'courriel'
  | 'code_insee'
  | 'montant'
  | 'entier'
  | 'oui_non'
  | 'choix';

/** One canonical field. */
export interface CanonicalField {
  readonly name: string;
  readonly label: string;
  readonly kind: 'identite' | 'attribut';
  readonly type: FieldType;
  /** For `choix`: the allowed values, stored as given here. */
  readonly values?: readonly string[];
  /** Unit of a number, for labels: `€/mois`, `€/an`, `mois`, `personnes`. */
  readonly unit?: string;
  /** Usual French headers (normalised: lower case, no accents, `_` between words). */
  readonly headers: readonly string[];
  /** For identity fields: the attribute of @znr/linkage's RawIdentity it feeds. */
  readonly identity?: IdentityColumn;
}

function identity(
  name: string,
  label: string,
  type: FieldType,
  column: IdentityColumn,
): CanonicalField {
  return {
    name,
    label,
    kind: 'identite',
    type,
    identity: column,
    headers: IDENTITY_HEADERS[column],
  };
}

function attribute(
  name: string,
  label: string,
  type: FieldType,
  headers: readonly string[],
  extra: { unit?: string; values?: readonly string[] } = {},
): CanonicalField {
  return { name, label, kind: 'attribut', type, headers: [name, ...headers], ...extra };
}

/** Every canonical field, identity first. */
export const CANONICAL_FIELDS: readonly CanonicalField[] = [
  identity('nom', 'Nom d’usage', 'texte', 'lastName'),
  identity('nom_naissance', 'Nom de naissance', 'texte', 'birthName'),
  identity('prenoms', 'Prénom(s)', 'texte', 'firstNames'),
  identity('date_naissance', 'Date de naissance', 'date', 'birthDate'),
  identity('sexe', 'Sexe', 'sexe', 'sex'),
  identity('numero_voie', 'Numéro dans la voie', 'texte', 'streetNumber'),
  identity('adresse', 'Adresse (voie)', 'texte', 'street'),
  identity('complement_adresse', 'Complément d’adresse', 'texte', 'complement'),
  identity('code_postal', 'Code postal', 'code_postal', 'postcode'),
  identity('commune', 'Commune', 'texte', 'commune'),
  identity('telephone', 'Téléphone', 'telephone', 'phone'),
  identity('email', 'Courriel', 'courriel', 'email'),
  attribute('code_insee', 'Code INSEE de la commune', 'code_insee', [
    'insee',
    'code_commune',
    'code_commune_insee',
    'cog',
    'depcom',
  ]),
  attribute(
    'statut_occupation',
    'Statut d’occupation du logement',
    'choix',
    ['statut', 'statut_logement', 'statut_d_occupation', 'occupation', 'statut_occupant'],
    { values: ['locataire', 'proprietaire', 'heberge'] },
  ),
  attribute(
    'loyer_mensuel',
    'Loyer mensuel',
    'montant',
    ['loyer', 'montant_loyer', 'loyer_hors_charges', 'loyer_principal', 'loyer_hc'],
    { unit: '€/mois' },
  ),
  attribute(
    'dette_loyer',
    'Dette de loyer (impayés)',
    'montant',
    [
      'dette',
      'dette_locative',
      'impaye',
      'impayes',
      'montant_impaye',
      'montant_impayes',
      'arrieres',
    ],
    { unit: '€' },
  ),
  attribute(
    'mois_impayes',
    'Nombre de mois d’impayés',
    'entier',
    ['nb_mois_impayes', 'nombre_mois_impayes', 'nb_mois_dette', 'anciennete_dette_mois'],
    { unit: 'mois' },
  ),
  attribute(
    'salaire_net_mensuel',
    'Salaire net mensuel',
    'montant',
    ['salaire', 'salaire_net', 'salaire_mensuel', 'revenu_activite', 'revenus_activite'],
    { unit: '€/mois' },
  ),
  attribute(
    'pension_mensuelle',
    'Pension de retraite mensuelle',
    'montant',
    ['pension', 'retraite', 'pension_retraite', 'montant_pension', 'montant_retraite'],
    { unit: '€/mois' },
  ),
  attribute(
    'revenus_mensuels_foyer',
    'Revenus mensuels du foyer',
    'montant',
    ['revenus_foyer', 'revenus_mensuels', 'ressources', 'ressources_mensuelles', 'revenus'],
    { unit: '€/mois' },
  ),
  attribute(
    'nb_personnes_foyer',
    'Nombre de personnes du foyer',
    'entier',
    ['nb_personnes', 'nombre_personnes', 'nombre_de_personnes', 'taille_foyer', 'nb_occupants'],
    { unit: 'personnes' },
  ),
  attribute(
    'nb_enfants',
    'Nombre d’enfants à charge',
    'entier',
    ['nombre_enfants', 'nombre_d_enfants', 'enfants_a_charge', 'nb_enfants_a_charge'],
    { unit: 'enfants' },
  ),
  attribute(
    'aide_logement_percue',
    'Aide au logement perçue',
    'montant',
    ['apl', 'al', 'alf', 'als', 'aide_logement', 'aide_au_logement', 'montant_apl', 'montant_al'],
    { unit: '€/mois' },
  ),
  attribute(
    'prime_activite_percue',
    'Prime d’activité perçue',
    'montant',
    ['prime_activite', 'prime_d_activite', 'ppa', 'montant_ppa'],
    { unit: '€/mois' },
  ),
  attribute('rsa_percu', 'RSA perçu', 'montant', ['rsa', 'montant_rsa'], { unit: '€/mois' }),
  attribute(
    'aspa_percue',
    'ASPA perçue',
    'montant',
    ['aspa', 'montant_aspa', 'minimum_vieillesse'],
    {
      unit: '€/mois',
    },
  ),
  attribute('aah_percue', 'AAH perçue', 'montant', ['aah', 'montant_aah'], { unit: '€/mois' }),
  attribute('css', 'Complémentaire santé solidaire', 'oui_non', [
    'complementaire_sante_solidaire',
    'c2s',
    'cmu_c',
    'beneficiaire_css',
  ]),
  attribute(
    'facture_eau_annuelle',
    'Facture d’eau annuelle',
    'montant',
    ['facture_eau', 'montant_facture_eau', 'eau_annuelle', 'facture_eau_ttc'],
    { unit: '€/an' },
  ),
  attribute(
    'cheque_energie_percu',
    'Chèque énergie perçu',
    'montant',
    ['cheque_energie', 'montant_cheque_energie'],
    { unit: '€/an' },
  ),
];

/** Canonical field names, in catalogue order. */
export const CANONICAL_FIELD_NAMES: readonly string[] = CANONICAL_FIELDS.map((f) => f.name);

const BY_NAME = new Map(CANONICAL_FIELDS.map((field) => [field.name, field]));

/** The canonical field of that name, or undefined. */
export function canonicalField(name: string): CanonicalField | undefined {
  return BY_NAME.get(name);
}

/** Canonical field names that are identity fields (never stored in clear with the record). */
export const IDENTITY_FIELD_NAMES: readonly string[] = CANONICAL_FIELDS.filter(
  (field) => field.kind === 'identite',
).map((field) => field.name);

/** Canonical field names stored in partner_record.attributes. */
export const ATTRIBUTE_FIELD_NAMES: readonly string[] = CANONICAL_FIELDS.filter(
  (field) => field.kind === 'attribut',
).map((field) => field.name);
