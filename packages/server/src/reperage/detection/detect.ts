import { householdBudget, type BenefitId } from '@znr/rules';
import { numberOf, type Attributes } from './attributes.ts';
import { fieldsOf, meets } from './conditions.ts';
import { estimateWithEngine, type EngineAmounts } from './engine-estimate.ts';
import type { MergedRecord } from './merge-cluster.ts';
import { detectionRules, type DetectionRule, type DetectionSettings } from './rules.ts';

/** A person a rule says probably misses a right. Pseudonymous: cluster and record ids only. */
export interface Candidate {
  ruleId: string;
  clusterId: number;
  recordIds: string[];
  benefits: BenefitId[];
  /** Estimated monthly amount missed, euros. */
  amount: number;
  /** Confidence of the link (0..1). */
  confidence: number;
  /** 1 without rent arrears, up to 2 with six months or more unpaid. */
  urgency: number;
  /** amount × confidence × urgency: the order of the outreach list. */
  priority: number;
  codeInsee: string | null;
  /** Why, in French: the facts from each source and the engine's estimate. */
  explanation: string;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
// One formatter for every explanation: building an Intl.NumberFormat costs more than formatting.
const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const euros = (n: number): string => euroFormat.format(n);

/**
 * Urgency of a person, whatever the rule: rent arrears threaten the home, so they raise the
 * priority by one sixth per month unpaid, up to six months (a debt with no month count counts as
 * one month). 1 without arrears, 2 at most.
 */
export function urgencyOf(attributes: Attributes): number {
  const debt = numberOf(attributes.dette_loyer) ?? 0;
  if (debt <= 0) return 1;
  const months = Math.max(1, numberOf(attributes.mois_impayes) ?? 1);
  return 1 + Math.min(months, 6) / 6;
}

/** Monthly amount a Bouclier eau would cover: the part of the water bill beyond the threshold. */
export function waterExcess(
  attributes: Attributes,
  month: string,
  settings: DetectionSettings,
): number {
  const bill = numberOf(attributes.facture_eau_annuelle);
  const income = numberOf(attributes.revenus_mensuels_foyer);
  if (bill === undefined || income === undefined) return 0;
  const persons = Math.max(1, numberOf(attributes.nb_personnes_foyer) ?? 1);
  const children = Math.min(persons - 1, Math.max(0, numberOf(attributes.nb_enfants) ?? 0));
  const budget = householdBudget({
    period: month,
    persons14Plus: persons - children,
    childrenUnder14: children,
    income,
    benefits: 0,
    housingAid: numberOf(attributes.aide_logement_percue) ?? 0,
    housingCost: numberOf(attributes.loyer_mensuel) ?? 0,
    waterBillYearly: bill,
    waterShareThreshold: settings.waterShareThreshold,
  });
  if (!budget.waterFragile) return 0;
  return Math.max(0, bill - settings.waterShareThreshold * 12 * budget.totalResources) / 12;
}

function amountOf(
  rule: DetectionRule,
  record: MergedRecord,
  engine: EngineAmounts,
  month: string,
  settings: DetectionSettings,
): number {
  if ('engine' in rule.estimate) return engine[rule.estimate.engine];
  return waterExcess(record.attributes, month, settings);
}

function explain(rule: DetectionRule, record: MergedRecord, amount: number): string {
  const by =
    'engine' in rule.estimate
      ? 'par le moteur de règles'
      : `par le budget du ménage (part de la facture d’eau au-delà du seuil)`;
  const facts = [...new Set(rule.conditions.flatMap(fieldsOf))].map((field) => {
    const from = record.origin[field];
    const value = record.attributes[field];
    return `${field} = ${String(value)}${from ? ` (${from})` : ''}`;
  });
  const sources =
    record.partners.length > 1
      ? `${record.partners.length} fichiers reliés (${record.partners.join(', ')}), confiance du lien ${record.confidence.toFixed(2).replace('.', ',')}`
      : `un seul fichier (${record.partners.join(', ')})`;
  return `${rule.title} : ${facts.join(' ; ')}. Montant estimé ${by} : ${euros(amount)} par mois. Sources : ${sources}.`;
}

/**
 * Runs every rule over the merged persons of a linkage run. The engine computes all of them in one
 * batch; a rule yields a candidate when all its conditions hold and the estimated monthly amount is
 * positive. Candidates come out by decreasing priority (then cluster id, then rule id).
 */
export function detect(
  records: MergedRecord[],
  month: string,
  settings: DetectionSettings,
  rules: DetectionRule[] = detectionRules,
): Candidate[] {
  const candidates: Candidate[] = [];
  const withConditions = records.map((record) =>
    rules.filter((rule) => rule.conditions.every((c) => meets(c, record.attributes, settings))),
  );
  // Only persons some rule may concern go through the engine.
  const concerned = records.flatMap((_, k) => (withConditions[k]!.length > 0 ? [k] : []));
  const amounts = estimateWithEngine(
    concerned.map((k) => records[k]!),
    month,
    settings,
  );
  concerned.forEach((index, k) => {
    const record = records[index]!;
    const matching = withConditions[index]!;
    const urgency = urgencyOf(record.attributes);
    for (const rule of matching) {
      const amount = round2(amountOf(rule, record, amounts[k]!, month, settings));
      if (amount <= 0) continue;
      const insee = record.attributes.code_insee;
      candidates.push({
        ruleId: rule.id,
        clusterId: record.clusterId,
        recordIds: record.recordIds,
        benefits: rule.benefits,
        amount,
        confidence: record.confidence,
        urgency: round2(urgency),
        priority: round2(amount * record.confidence * urgency),
        codeInsee: typeof insee === 'string' && insee.trim() !== '' ? insee.trim() : null,
        explanation: explain(rule, record, amount),
      });
    }
  });
  return candidates.sort(
    (a, b) =>
      b.priority - a.priority ||
      a.clusterId - b.clusterId ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
