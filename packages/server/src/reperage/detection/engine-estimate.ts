import {
  Activite,
  allocatePopulation,
  computeBatch,
  YEARLY_SLOTS,
  Housing,
  Marital,
  parseMonth,
  Role,
  salaryFromNet,
  WINDOW,
  YEARLY_RESOURCES,
  zoneOfCommune,
  type OpenFiscaSituation,
  type Population,
} from '@znr/rules';
import type { Attributes } from './attributes.ts';
import { activityOf, CHILD_AGE, householdFacts, type HouseholdFacts } from './household-facts.ts';
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

/** The monthly resources of one individu, by the engine's resource name (`salaireNet`…). */
type Resources = Record<string, number>;

function resourcesOf(
  facts: HouseholdFacts,
  who: 'demandeur' | 'conjoint',
  month: number,
): Resources {
  const net = who === 'demandeur' ? facts.pay : facts.couple ? facts.rest : 0;
  const pay = net > 0 ? salaryFromNet(net, month) : { gross: 0, taxable: 0 };
  if (who === 'conjoint') {
    return { salaireNet: net, salaireImposable: pay.taxable, salaireDeBase: pay.gross };
  }
  return {
    salaireNet: net,
    salaireImposable: pay.taxable,
    salaireDeBase: pay.gross,
    retraiteNette: facts.pension,
    retraiteImposable: facts.pension,
    retraiteBrute: facts.pension,
    pensionsInvalidite: facts.aah,
    pensionsAlimentaires: facts.couple ? 0 : facts.rest,
  };
}

/**
 * The OpenFisca situation of a merged person for `month` ('YYYY-MM'), each resource the same every
 * month of years N-3 … N: what {@link populationOf} builds directly, in the form `simulate` reads
 * (the tests check that both give the same amounts).
 */
export function situationOf(attributes: Attributes, month: string): OpenFiscaSituation {
  const facts = householdFacts(attributes);
  const year = Number(month.slice(0, 4));
  const byYear = <T>(value: T): Record<string, T> =>
    Object.fromEntries([3, 2, 1, 0].map((back) => [String(year - back), value]));
  const yearly = (monthly: number): Record<string, number> => byYear(monthly * 12);
  const everyMonth = <T>(value: T): Record<string, T> =>
    Object.fromEntries(
      [3, 2, 1, 0].flatMap((back) =>
        Array.from({ length: 12 }, (_, m) => [
          `${year - back}-${String(m + 1).padStart(2, '0')}`,
          value,
        ]),
      ),
    );
  const names: Record<string, string> = {
    salaireNet: 'salaire_net',
    salaireImposable: 'salaire_imposable',
    salaireDeBase: 'salaire_de_base',
    retraiteNette: 'retraite_nette',
    retraiteImposable: 'retraite_imposable',
    retraiteBrute: 'retraite_brute',
    pensionsInvalidite: 'pensions_invalidite',
    pensionsAlimentaires: 'pensions_alimentaires_percues',
  };
  const individu = (who: 'demandeur' | 'conjoint', activite: string) => {
    const out: Record<string, unknown> = {
      date_naissance: { ETERNITY: `${year - facts.age}-01-01` },
      // Stable over the window, like every resource: the past months of M-3 … M-1 read them too.
      activite: byYear(activite),
      statut_marital: byYear(facts.couple ? 'marie' : 'celibataire'),
    };
    for (const [name, monthly] of Object.entries(resourcesOf(facts, who, parseMonth(month)))) {
      if (monthly > 0) out[names[name]!] = yearly(monthly);
    }
    return out;
  };
  const individus: Record<string, Record<string, unknown>> = {
    demandeur: individu('demandeur', activityOf(facts)),
  };
  const parents = ['demandeur'];
  if (facts.couple) {
    individus.conjoint = individu('conjoint', facts.rest > 0 ? 'actif' : 'inactif');
    parents.push('conjoint');
  }
  const enfants = Array.from({ length: facts.children }, (_, k) => `enfant${k}`);
  for (const id of enfants) {
    individus[id] = { date_naissance: { ETERNITY: `${year - CHILD_AGE}-01-01` } };
  }
  const menage: Record<string, unknown> = {
    personne_de_reference: ['demandeur'],
    conjoint: facts.couple ? ['conjoint'] : [],
    enfants,
  };
  // The dwelling is stable over the window too: each past month's housing aid reads its own.
  if (facts.housing) menage.statut_occupation_logement = everyMonth(facts.housing);
  if (facts.rent > 0) menage.loyer = everyMonth(facts.rent);
  if (facts.insee) menage.depcom = { ETERNITY: facts.insee };
  return { individus, familles: { famille: { parents, enfants } }, menages: { menage } };
}

/**
 * The columns of the merged persons, one famille each, filled directly: resources are stable, so
 * every month of the window holds the monthly amount and every yearly sum twelve times it. Much
 * faster than going through OpenFisca situations, for the same result.
 */
export function populationOf(records: MergedRecord[], monthText: string): Population {
  const month = parseMonth(monthText);
  const year = Number(monthText.slice(0, 4));
  const facts = records.map((r) => householdFacts(r.attributes));
  const nPersons = facts.reduce((n, f) => n + 1 + (f.couple ? 1 : 0) + f.children, 0);
  const pop = allocatePopulation(month, records.length, nPersons);
  let i = 0;
  const person = (f: number, role: number, age: number, activite: number, marital: number) => {
    pop.famille[i] = f;
    pop.role[i] = role;
    pop.birthYear[i] = year - age;
    pop.birthMonth[i] = 1;
    pop.birthDay[i] = 1;
    pop.activite[i] = activite;
    pop.marital[i] = marital;
    return i++;
  };
  const fill = (at: number, resources: Resources) => {
    for (const [name, monthly] of Object.entries(resources)) {
      const column = pop.monthly[name as keyof typeof pop.monthly];
      for (let w = 0; w < WINDOW; w++) column[w * nPersons + at] = monthly;
    }
    // Every yearly sum (rolling year, N-1, N-2) of a stable resource is twelve months of it.
    for (const name of YEARLY_RESOURCES) {
      const monthly = resources[name.replace(/(Rolling|N1|N2)$/, '')] ?? 0;
      for (let k = 0; k < YEARLY_SLOTS; k++) pop.yearly[name][k * nPersons + at] = 12 * monthly;
    }
  };
  facts.forEach((h, f) => {
    pop.firstPerson[f] = i;
    pop.personCount[f] = 1 + (h.couple ? 1 : 0) + h.children;
    pop.zone[f] = h.insee ? zoneOfCommune(h.insee) : 2;
    pop.housing[f] = h.housing ? Housing[h.housing as keyof typeof Housing] : 0;
    pop.rent[f] = h.rent;
    const marital = h.couple ? Marital.marie : Marital.celibataire;
    fill(
      person(f, Role.demandeur, h.age, Activite[activityOf(h)], marital),
      resourcesOf(h, 'demandeur', month),
    );
    if (h.couple) {
      const activite = h.rest > 0 ? Activite.actif : Activite.inactif;
      fill(person(f, Role.conjoint, h.age, activite, marital), resourcesOf(h, 'conjoint', month));
    }
    for (let k = 0; k < h.children; k++) {
      person(f, Role.enfant, CHILD_AGE, Activite.inactif, Marital.celibataire);
    }
  });
  return pop;
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
  const population = populationOf(records, month);
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
