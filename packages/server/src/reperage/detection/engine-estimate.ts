import {
  computeBatch,
  parseMonth,
  salaryFromNet,
  situationsToPopulation,
  type OpenFiscaSituation,
} from '@znr/rules';
import { numberOf, receivedOf, textOf, type Attributes } from './attributes.ts';
import type { MergedRecord } from './merge-cluster.ts';
import type { DetectionSettings } from './rules.ts';

/** What the engine says each merged person could get per month, by estimate name. */
export interface EngineAmounts {
  aide_logement: number;
  ppa: number;
  rsa: number;
  aspa: number;
  css: number;
  /** The chèque énergie is yearly: its twelfth. */
  cheque_energie: number;
}

const HOUSING: Record<string, string> = {
  locataire: 'locataire_vide',
  proprietaire: 'proprietaire',
  heberge: 'loge_gratuitement',
};

/** Age used when no source gives one: working age, so that no senior rule applies by default. */
const DEFAULT_AGE = 40;
/** Age given to the children counted in `nb_enfants`, whose ages partners do not share. */
const CHILD_AGE = 8;

/**
 * The OpenFisca situation of a merged person, for `month` ('YYYY-MM'). Partners share monthly
 * figures, so each resource is taken as stable over the reference periods (the same amount every
 * month of years N-3 … N). Approximations, documented in docs/guide/reperage.md: gross and
 * taxable pay come from the net pay (`salaryFromNet`); the net pension stands for the taxable and
 * gross pension; income of the household beyond the person's pay and pension goes to the spouse's
 * pay when there are two adults, else counts as a non-work income; a received AAH is a resource.
 */
export function situationOf(attributes: Attributes, month: string): OpenFiscaSituation {
  const year = Number(month.slice(0, 4));
  const yearly = (monthly: number): Record<string, number> =>
    Object.fromEntries([3, 2, 1, 0].map((back) => [String(year - back), monthly * 12]));
  const age = Math.max(0, Math.floor(numberOf(attributes.age) ?? DEFAULT_AGE));
  const pay = Math.max(0, numberOf(attributes.salaire_net_mensuel) ?? 0);
  const pension = Math.max(0, numberOf(attributes.pension_mensuelle) ?? 0);
  const household = numberOf(attributes.revenus_mensuels_foyer);
  const persons = Math.max(1, Math.floor(numberOf(attributes.nb_personnes_foyer) ?? 1));
  const children = Math.max(
    0,
    Math.min(persons - 1, Math.floor(numberOf(attributes.nb_enfants) ?? 0)),
  );
  const couple = persons - children >= 2;
  const rest = Math.max(0, (household ?? pay + pension) - pay - pension);
  const aah = receivedOf(attributes.aah_percue) ? (numberOf(attributes.aah_percue) ?? 0) : 0;

  const demandeur: Record<string, unknown> = {
    date_naissance: { ETERNITY: `${year - age}-01-01` },
    activite: {
      [month]: pay > 0 ? 'actif' : pension > 0 && age >= 60 ? 'retraite' : 'inactif',
    },
    statut_marital: { [month]: couple ? 'marie' : 'celibataire' },
  };
  const put = (who: Record<string, unknown>, names: string[], monthly: number): void => {
    if (monthly > 0) for (const name of names) who[name] = yearly(monthly);
  };
  // Partners know the net pay; the engine derives the gross and taxable pay from it.
  const putPay = (who: Record<string, unknown>, net: number): void => {
    const { gross, taxable } = salaryFromNet(net, parseMonth(month));
    put(who, ['salaire_net'], net);
    put(who, ['salaire_imposable'], taxable);
    put(who, ['salaire_de_base'], gross);
  };
  putPay(demandeur, pay);
  put(demandeur, ['retraite_nette', 'retraite_imposable', 'retraite_brute'], pension);
  put(demandeur, ['pensions_invalidite'], aah);
  if (!couple) put(demandeur, ['pensions_alimentaires_percues'], rest);

  const individus: Record<string, Record<string, unknown>> = { demandeur };
  const parents = ['demandeur'];
  if (couple) {
    const conjoint: Record<string, unknown> = {
      date_naissance: { ETERNITY: `${year - age}-01-01` },
      activite: { [month]: rest > 0 ? 'actif' : 'inactif' },
      statut_marital: { [month]: 'marie' },
    };
    putPay(conjoint, rest);
    individus.conjoint = conjoint;
    parents.push('conjoint');
  }
  const enfants: string[] = [];
  for (let k = 0; k < children; k++) {
    individus[`enfant${k}`] = { date_naissance: { ETERNITY: `${year - CHILD_AGE}-01-01` } };
    enfants.push(`enfant${k}`);
  }
  const menage: Record<string, unknown> = {
    personne_de_reference: ['demandeur'],
    conjoint: couple ? ['conjoint'] : [],
    enfants,
  };
  const housing = HOUSING[textOf(attributes.statut_occupation) ?? ''];
  if (housing) menage.statut_occupation_logement = { [month]: housing };
  const rent = numberOf(attributes.loyer_mensuel);
  if (rent !== undefined && rent > 0) menage.loyer = { [month]: rent };
  const insee = textOf(attributes.code_insee)?.toUpperCase();
  if (insee && /^(\d{5}|2[AB]\d{3})$/.test(insee)) menage.depcom = { ETERNITY: insee };
  return {
    individus,
    familles: { famille: { parents, enfants } },
    menages: { menage },
  };
}

/**
 * Runs the rules engine once, in batch, over every merged person (one famille each) and reads the
 * monthly amount of each benefit a rule can estimate.
 */
export function estimateWithEngine(
  records: MergedRecord[],
  month: string,
  settings: DetectionSettings,
): EngineAmounts[] {
  if (records.length === 0) return [];
  const situations = records.map((r) => situationOf(r.attributes, month));
  const { population } = situationsToPopulation(situations, month);
  const batch = computeBatch(population);
  const last = batch.states[batch.states.length - 1]!;
  return records.map((_, f) => ({
    aide_logement: batch.aidesLogement.amount[f]!,
    ppa: batch.primeActivite.amount[f]!,
    rsa: batch.rsa.amount[f]!,
    aspa: last.aspa[f]!,
    css:
      batch.css.reason[f] === 0
        ? Math.max(
            0,
            settings.cssMonthlyValue * population.personCount[f]! - batch.css.participation[f]!,
          )
        : 0,
    cheque_energie: batch.chequeEnergie.amount[f]! / 12,
  }));
}
