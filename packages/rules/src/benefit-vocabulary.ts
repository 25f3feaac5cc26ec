import { benefitCatalogue } from './benefit-catalogue.ts';

/**
 * The one list of benefit ids of the product: what a bilan finds, a case file follows, a blockage
 * names, a detection rule looks for, an indicator counts. Every other package takes its ids and
 * French names from here; the database checks its columns against it (migration 0024).
 *
 * The benefits the engine computes, in the bilan's order, by the OpenFisca name of their amount
 * (`aide_logement` covers APL, ALF and ALS; `css` both outcomes of the Complémentaire santé
 * solidaire). The catalogue test keeps this list equal to the claim catalogue.
 */
export const engineBenefitIds = [
  'rsa',
  'ppa',
  'aide_logement',
  'af',
  'cf',
  'asf',
  'ars',
  'paje_base',
  'aah',
  'aspa',
  'asi',
  'css',
  'cheque_energie',
] as const;

/**
 * Local aids the engine does not compute but the product follows: the Bouclier eau, which the
 * household budget flags (water bill above 3 % of resources) and a repérage rule detects.
 */
export const localAidIds = ['bouclier_eau'] as const;

/**
 * An aid outside this list: only what the repair of migration 0024 gave to the rights saved
 * before under a code it could not read (the code is kept in the right's note). Not offered to
 * choose.
 */
export const otherAidId = 'autre_aide';

/** Every benefit id the product stores, shows or exports. */
export const benefitIds = [...engineBenefitIds, ...localAidIds, otherAidId] as const;

/** What a person may choose (pickers, forms, filters): every benefit but `autre_aide`. */
export const choosableBenefitIds = [...engineBenefitIds, ...localAidIds] as const;

export type BenefitId = (typeof benefitIds)[number];

/** The two French names of a benefit: `short` for charts, lists and pickers, `long` in full. */
export interface BenefitLabel {
  short: string;
  long: string;
}

/** Short names: the words people use, an acronym only where it is the usual name (RSA, AAH). */
const shortLabels: Record<BenefitId, string> = {
  rsa: 'RSA',
  ppa: 'Prime d’activité',
  aide_logement: 'Aide au logement',
  af: 'Allocations familiales',
  cf: 'Complément familial',
  asf: 'Soutien familial',
  ars: 'Rentrée scolaire',
  paje_base: 'Paje de base',
  aah: 'AAH',
  aspa: 'ASPA',
  asi: 'ASI',
  css: 'Complémentaire santé solidaire',
  cheque_energie: 'Chèque énergie',
  bouclier_eau: 'Bouclier eau',
  autre_aide: 'Autre aide',
};

/** Long names of the local aids (the engine's come from their catalogue entry). */
const localLongLabels: Record<(typeof localAidIds)[number] | typeof otherAidId, string> = {
  bouclier_eau: 'Bouclier eau (aide locale à la facture d’eau)',
  autre_aide: 'Autre aide (hors de la liste, nom d’origine dans la note du droit)',
};

const catalogueLabels = new Map<string, string>(benefitCatalogue.map((e) => [e.id, e.label]));

/** Short and long French names of every benefit id, in the order of `benefitIds`. */
export const benefitLabels: Readonly<Record<BenefitId, BenefitLabel>> = Object.fromEntries(
  benefitIds.map((id) => [
    id,
    {
      short: shortLabels[id],
      long: catalogueLabels.get(id) ?? localLongLabels[id as keyof typeof localLongLabels] ?? id,
    },
  ]),
) as Record<BenefitId, BenefitLabel>;

const known = new Set<string>(benefitIds);

/** Whether a value is one of the product's benefit ids. */
export function isBenefitId(value: unknown): value is BenefitId {
  return typeof value === 'string' && known.has(value);
}

/**
 * The French name of a benefit id, long (« Revenu de solidarité active (RSA) ») or short
 * (« RSA »), for screens and exports: never the id itself. A value outside the vocabulary (which
 * the database refuses) is named « Autre aide ».
 */
export function benefitName(id: string, form: keyof BenefitLabel = 'long'): string {
  return benefitLabels[isBenefitId(id) ? id : otherAidId][form];
}
