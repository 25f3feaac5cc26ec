// Which of the aids the engine does not compute a household's situation points to. The catalogue
// (other-aids-catalogue.ts) says it as data; this file reads the situation and evaluates it.
/** One fact of the situation that points to an aid. */
export type OtherAidCondition =
  /** Some adult has one of these activities (OpenFisca `activite`). */
  | { kind: 'activite'; values: string[] }
  /** One of these benefits of the engine is open. */
  | { kind: 'droit'; benefits: string[] }
  /** A child aged `min` to `max` years (included). */
  | { kind: 'enfant_age'; min: number; max: number }
  /** An adult aged `min` or more. */
  | { kind: 'adulte_age'; min: number }
  /** Someone of the household has a handicap. */
  | { kind: 'handicap' }
  /** The household rents its home. */
  | { kind: 'locataire' }
  /** Every household. */
  | { kind: 'toujours' };

/** An aid the engine does not compute: what it is, who decides, how to ask, when to say it. */
export interface OtherAidEntry {
  id: string;
  label: string;
  /** One plain-French sentence. */
  description: string;
  /** Why the bilan names it for this household, in a sentence. */
  why: string;
  /** Who decides (and pays). */
  decider: string;
  howToClaim: string;
  /** Service-Public fiche id, e.g. F12484. */
  servicePublicFiche: string;
  /** Pointed to when every condition of one of the groups holds. */
  pointedBy: OtherAidCondition[][];
}

/** What the conditions read: the household's situation and the engine's open benefits. */
export interface OtherAidFacts {
  /** Each adult's activity (OpenFisca `activite`). */
  activities: string[];
  adultAges: number[];
  childAges: number[];
  handicap: boolean;
  tenant: boolean;
  /** The engine's benefits found open (`rsa`, `cheque_energie`…). */
  openBenefits: string[];
}

function holds(condition: OtherAidCondition, facts: OtherAidFacts): boolean {
  switch (condition.kind) {
    case 'activite':
      return facts.activities.some((activity) => condition.values.includes(activity));
    case 'droit':
      return facts.openBenefits.some((id) => condition.benefits.includes(id));
    case 'enfant_age':
      return facts.childAges.some((age) => age >= condition.min && age <= condition.max);
    case 'adulte_age':
      return facts.adultAges.some((age) => age >= condition.min);
    case 'handicap':
      return facts.handicap;
    case 'locataire':
      return facts.tenant;
    case 'toujours':
      return true;
  }
}

/** The entries of `catalogue` the facts point to, in the catalogue's order. */
export function pointedOtherAids(
  catalogue: readonly OtherAidEntry[],
  facts: OtherAidFacts,
): OtherAidEntry[] {
  return catalogue.filter((entry) =>
    entry.pointedBy.some((group) => group.every((condition) => holds(condition, facts))),
  );
}

/** The fields of an entry that are missing or malformed (empty list when complete). */
export function otherAidProblems(entry: OtherAidEntry): string[] {
  const problems: string[] = [];
  const text = ['id', 'label', 'description', 'why', 'decider', 'howToClaim'] as const;
  for (const key of text) {
    const value = entry[key];
    if (typeof value !== 'string' || value.trim().length < 2)
      problems.push(`${key} : texte manquant`);
    else if (/<[a-z]/i.test(value)) problems.push(`${key} : pas de HTML dans les données`);
  }
  for (const key of ['description', 'why', 'howToClaim'] as const) {
    if (!entry[key].trim().endsWith('.')) problems.push(`${key} : une phrase complète attendue`);
  }
  if (!/^F\d+$/.test(entry.servicePublicFiche))
    problems.push('servicePublicFiche : identifiant Fnnnn attendu');
  if (entry.pointedBy.length === 0 || entry.pointedBy.some((group) => group.length === 0))
    problems.push('pointedBy : au moins une situation qui mène à cette aide');
  return problems;
}
