import { numberOf, receivedOf, textOf, type Attributes } from './attributes.ts';

/** Age used when no source gives one: working age, so that no senior rule applies by default. */
const DEFAULT_AGE = 40;
/** Age given to the children counted in `nb_enfants`, whose ages partners do not share. */
export const CHILD_AGE = 8;

/** The engine's `statut_occupation_logement` for each `statut_occupation` of the partners. */
const HOUSING: Record<string, string> = {
  locataire: 'locataire_vide',
  proprietaire: 'proprietaire',
  heberge: 'loge_gratuitement',
};

/** What the engine needs of a merged person, read once from the partners' fields. */
export interface HouseholdFacts {
  age: number;
  /** Net monthly pay of the person. */
  pay: number;
  /** Net monthly pension of the person. */
  pension: number;
  children: number;
  /** Two adults: the household's other income is the spouse's pay. */
  couple: boolean;
  /** Household income beyond the person's pay and pension. */
  rest: number;
  /** AAH received, counted as a resource. */
  aah: number;
  /** OpenFisca `statut_occupation_logement`, when known. */
  housing: string | undefined;
  rent: number;
  /** INSEE code of the commune, when valid. */
  insee: string | undefined;
}

/**
 * Reads a merged person for the engine. Partners share monthly figures: each resource is taken as
 * stable over the reference periods. Approximations, documented in docs/guide/reperage.md: the net
 * pension stands for the taxable and gross pension; income of the household beyond the person's
 * pay and pension goes to the spouse's pay when there are two adults, else counts as a non-work
 * income; a received AAH is a resource; children are CHILD_AGE years old.
 */
export function householdFacts(attributes: Attributes): HouseholdFacts {
  const pay = Math.max(0, numberOf(attributes.salaire_net_mensuel) ?? 0);
  const pension = Math.max(0, numberOf(attributes.pension_mensuelle) ?? 0);
  const household = numberOf(attributes.revenus_mensuels_foyer);
  const persons = Math.max(1, Math.floor(numberOf(attributes.nb_personnes_foyer) ?? 1));
  const children = Math.max(
    0,
    Math.min(persons - 1, Math.floor(numberOf(attributes.nb_enfants) ?? 0)),
  );
  const insee = textOf(attributes.code_insee)?.toUpperCase();
  const rent = numberOf(attributes.loyer_mensuel);
  return {
    age: Math.max(0, Math.floor(numberOf(attributes.age) ?? DEFAULT_AGE)),
    pay,
    pension,
    children,
    couple: persons - children >= 2,
    rest: Math.max(0, (household ?? pay + pension) - pay - pension),
    aah: receivedOf(attributes.aah_percue) ? (numberOf(attributes.aah_percue) ?? 0) : 0,
    housing: HOUSING[textOf(attributes.statut_occupation) ?? ''],
    rent: rent !== undefined && rent > 0 ? rent : 0,
    insee: insee && /^(\d{5}|2[AB]\d{3})$/.test(insee) ? insee : undefined,
  };
}

/** The activity of the person: working, retired (60 or more with a pension) or without activity. */
export function activityOf(facts: HouseholdFacts): 'actif' | 'retraite' | 'inactif' {
  if (facts.pay > 0) return 'actif';
  return facts.pension > 0 && facts.age >= 60 ? 'retraite' : 'inactif';
}
