import { DATE_LEVELS } from './dates.ts';

/** A compared attribute and its agreement levels, best first; the last level is disagreement. */
export interface ComparisonField {
  readonly name: string;
  readonly label: string;
  readonly levels: readonly string[];
}

/** Written in a comparison vector when either side lacks the attribute: it weighs nothing. */
export const MISSING = 255;

/** The attributes compared for every candidate pair, in the order of the comparison vector. */
export const FIELDS: readonly ComparisonField[] = [
  {
    name: 'surname',
    label: 'nom',
    levels: [
      'identique',
      'proche (faute de frappe)',
      'nom composé en partie',
      'même son',
      'différent',
    ],
  },
  {
    name: 'firstName',
    label: 'prénom',
    levels: ['identique', 'un des prénoms', 'proche ou même son', 'initiale', 'différent'],
  },
  { name: 'birthDate', label: 'date de naissance', levels: DATE_LEVELS },
  { name: 'sex', label: 'sexe', levels: ['identique', 'différent'] },
  {
    name: 'address',
    label: 'adresse',
    levels: ['même numéro et même voie', 'même voie', 'même commune', 'différente'],
  },
  { name: 'apartment', label: 'logement', levels: ['identique', 'différent'] },
  { name: 'phone', label: 'téléphone', levels: ['identique', 'différent'] },
  { name: 'email', label: 'courriel', levels: ['identique', 'mêmes lettres', 'différent'] },
];

/** Positions of each field in a comparison vector. */
export const FIELD = {
  surname: 0,
  firstName: 1,
  birthDate: 2,
  sex: 3,
  address: 4,
  apartment: 5,
  phone: 6,
  email: 7,
} as const;

/** Level of an exact comparison: 0 equal, 1 different, `MISSING` when either side is empty. */
export function equality(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return MISSING;
  return a === b ? 0 : 1;
}
