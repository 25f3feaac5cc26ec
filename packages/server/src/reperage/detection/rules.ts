import type { BenefitId } from '@znr/rules';

/**
 * The detection rules, as data: each names the benefit concerned, the conditions on the merged
 * canonical fields of a linked person, and how the monthly amount missed is estimated (by the
 * rules engine in batch, or by the household budget for the Bouclier eau). Adding a rule is adding
 * an entry here; `detect` has no branch per rule.
 */

/** A threshold read from the detection settings rather than written in the rule. */
export type SettingName = keyof DetectionSettings;

/** A condition on one canonical field (or `age`, derived from the birth date). */
export type Condition =
  /** The field equals one of these values (text compared without case nor accents). */
  | { field: string; op: 'in'; values: string[] }
  /** Numeric comparisons; the field must be known, else the condition fails. */
  | { field: string; op: 'gt' | 'gte' | 'lt' | 'lte'; value?: number; setting?: SettingName }
  /** A benefit the sources know is not received (a known 0 or « non »; unknown fails). */
  | { field: string; op: 'notReceived' }
  /** None of the fields has a known positive value (all known, all zero). */
  | { fields: string[]; op: 'allZero' };

/** Where the monthly amount missed comes from. */
export type Estimate =
  | { engine: 'aide_logement' | 'ppa' | 'rsa' | 'aspa' | 'css' | 'cheque_energie' }
  | { budget: 'bouclier_eau' };

export interface DetectionRule {
  id: string;
  /** French title shown in the outreach list. */
  title: string;
  /** The rights concerned, by their id in @znr/rules' vocabulary (`rsa`, `ppa`, `aide_logement`…). */
  benefits: BenefitId[];
  conditions: Condition[];
  estimate: Estimate;
}

/** Local thresholds a coordinator may change per run; none is a legal amount. */
export interface DetectionSettings {
  /** Net monthly pay under which an employee is « low paid » (prime d'activité rule). */
  lowPayMax: number;
  /** Monthly pension under which a retiree has a « small pension » (ASPA, CSS rules). */
  smallPensionMax: number;
  /** Age from which the ASPA and CSS rules apply. */
  seniorAge: number;
  /** Share of income above which the water bill opens the Bouclier eau (3 % by default). */
  waterShareThreshold: number;
  /**
   * Monthly value given to the CSS, which pays care rather than money, so that its candidates are
   * ranked: an order of magnitude of the yearly cost of the CSS per person covered (≈ 400 €).
   */
  cssMonthlyValue: number;
}

export const defaultSettings: DetectionSettings = {
  lowPayMax: 1800,
  smallPensionMax: 1100,
  seniorAge: 65,
  waterShareThreshold: 0.03,
  cssMonthlyValue: 33,
};

/** The ASPA and CSS rules look at the same people: seniors with a small pension. */
const seniorWithSmallPension: Condition[] = [
  { field: 'age', op: 'gte', setting: 'seniorAge' },
  { field: 'pension_mensuelle', op: 'lte', setting: 'smallPensionMax' },
];

export const detectionRules: DetectionRule[] = [
  {
    id: 'impaye-sans-aide-logement',
    title: 'Locataire en impayé de loyer sans aide au logement',
    benefits: ['aide_logement'],
    conditions: [
      { field: 'statut_occupation', op: 'in', values: ['locataire'] },
      { field: 'dette_loyer', op: 'gt', value: 0 },
      { field: 'aide_logement_percue', op: 'notReceived' },
    ],
    estimate: { engine: 'aide_logement' },
  },
  {
    id: 'salarie-sans-prime-activite',
    title: 'Salarié aux revenus modestes sans prime d’activité',
    benefits: ['ppa'],
    conditions: [
      { field: 'salaire_net_mensuel', op: 'gt', value: 0 },
      { field: 'salaire_net_mensuel', op: 'lte', setting: 'lowPayMax' },
      { field: 'prime_activite_percue', op: 'notReceived' },
    ],
    estimate: { engine: 'ppa' },
  },
  {
    id: 'senior-sans-aspa',
    title: 'Personne de 65 ans ou plus, petite retraite, sans ASPA',
    benefits: ['aspa'],
    conditions: [...seniorWithSmallPension, { field: 'aspa_percue', op: 'notReceived' }],
    estimate: { engine: 'aspa' },
  },
  {
    id: 'senior-sans-css',
    title: 'Personne de 65 ans ou plus, petite retraite, sans Complémentaire santé solidaire',
    benefits: ['css'],
    conditions: [...seniorWithSmallPension, { field: 'css', op: 'notReceived' }],
    estimate: { engine: 'css' },
  },
  {
    id: 'sans-revenu-sans-rsa',
    title: 'Foyer sans revenu et sans RSA',
    benefits: ['rsa'],
    conditions: [
      { field: 'age', op: 'gte', value: 25 },
      { fields: ['revenus_mensuels_foyer'], op: 'allZero' },
      { field: 'rsa_percu', op: 'notReceived' },
    ],
    estimate: { engine: 'rsa' },
  },
  {
    id: 'facture-eau-bouclier',
    title: 'Facture d’eau au-delà de 3 % des ressources (Bouclier eau)',
    benefits: ['bouclier_eau'],
    conditions: [
      { field: 'facture_eau_annuelle', op: 'gt', value: 0 },
      { field: 'revenus_mensuels_foyer', op: 'gte', value: 0 },
    ],
    estimate: { budget: 'bouclier_eau' },
  },
  {
    id: 'sans-cheque-energie',
    title: 'Ménage modeste sans chèque énergie',
    benefits: ['cheque_energie'],
    conditions: [
      { field: 'revenus_mensuels_foyer', op: 'gte', value: 0 },
      { field: 'cheque_energie_percu', op: 'notReceived' },
    ],
    estimate: { engine: 'cheque_energie' },
  },
];
