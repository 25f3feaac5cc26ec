// Answers → the OpenFisca situation the engine reads. Monthly amounts are declared as stable: the
// same value is written for every month from January of year N-2 (family benefits' reference year)
// up to the month of the bilan, as the reference households of the oracle do.
import { inputVariables } from '@znr/rules';
import type { OpenFiscaSituation } from '@znr/rules';
import { adultsOf, childCount, childKey, isCouple, valueOf, type Answers } from './answers.ts';
import { incomeVariablesFromNet } from './estimates.ts';
import { savingsAmount } from './savings.ts';

/** Months `YYYY-MM` from January two years before `period` up to `period`. */
export function referenceMonths(period: string): string[] {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let y = year - 2; y <= year; y++) {
    for (let m = 1; m <= (y === year ? month : 12); m++) {
      months.push(`${y}-${String(m).padStart(2, '0')}`);
    }
  }
  return months;
}

type Series = Record<string, unknown>;

const ETERNAL = new Set([
  'date_naissance',
  'aide_logement_date_pret',
  'aide_logement_est_pret_conventionne',
]);
const MENAGE_VARIABLES = [
  'depcom',
  'statut_occupation_logement',
  'loyer',
  'coloc',
  'aide_logement_date_pret',
  'etat_logement',
  'aide_logement_est_pret_conventionne',
  'aide_logement_date_pret_conventionne',
];

/** The answers about `who` (`demandeur.salaire_net` → `salaire_net`), as OpenFisca series. */
function variablesOf(answers: Answers, who: string, months: string[]): Record<string, Series> {
  const everyMonth = (value: unknown): Series =>
    Object.fromEntries(months.map((month) => [month, value]));
  const out: Record<string, Series> = {};
  for (const [id, answer] of Object.entries(answers)) {
    const [owner, variable] = id.split('.') as [string, string];
    // Make-up questions (couple, enfants, micro_entreprise) are not the engine's variables.
    if (owner !== who || variable === undefined || !inputVariables[variable]) continue;
    if (variable === 'livret_a') {
      out[variable] = everyMonth(savingsAmount(answer.value));
    } else if (ETERNAL.has(variable)) {
      out[variable] = { ETERNITY: answer.value };
    } else if (variable === 'taux_incapacite') {
      out[variable] = everyMonth(Number(answer.value) / 100);
    } else if (typeof answer.value === 'number') {
      for (const [name, value] of Object.entries(
        incomeVariablesFromNet(variable, answer.value, months.at(-1)!),
      )) {
        out[name] = everyMonth(value);
      }
    } else {
      out[variable] = everyMonth(answer.value);
    }
  }
  return out;
}

/**
 * Builds the OpenFisca situation of the answers for the month `period` (`YYYY-MM`): one famille,
 * one ménage, one foyer fiscal. Questions that do not apply any more (an income for an activity
 * changed since) are left out.
 */
export function buildSituation(
  answers: Answers,
  period: string,
  applicable: ReadonlySet<string>,
): OpenFiscaSituation {
  const kept = Object.fromEntries(Object.entries(answers).filter(([id]) => applicable.has(id)));
  const months = referenceMonths(period);
  const adults = adultsOf(kept);
  const children = Array.from({ length: childCount(kept) }, (_, k) => childKey(k));
  const individus: OpenFiscaSituation['individus'] = {};
  for (const who of [...adults, ...children]) individus[who] = variablesOf(kept, who, months);
  if (!isCouple(kept)) {
    individus.demandeur!.statut_marital = Object.fromEntries(months.map((m) => [m, 'celibataire']));
  } else if (valueOf(kept, 'demandeur.statut_marital') !== undefined) {
    const since = valueOf(kept, 'foyer.date_couple');
    if (valueOf(kept, 'foyer.couple_recent') === true && typeof since === 'string') {
      // Married or pacsés since that month: each lived alone before, as the engine reads it.
      const status = individus.demandeur!.statut_marital as Series;
      for (const month of months) if (month < since.slice(0, 7)) status[month] = 'celibataire';
    }
    individus.conjoint!.statut_marital = individus.demandeur!.statut_marital!;
  }
  const menageVariables = variablesOf(kept, 'menage', months);
  // A conventionné loan (PAS, PC) is dated by the loan itself: one question, not two.
  if (valueOf(kept, 'menage.aide_logement_est_pret_conventionne') === true) {
    const date = menageVariables.aide_logement_date_pret;
    if (date) menageVariables.aide_logement_date_pret_conventionne = date;
  }
  const familleVariables = variablesOf(kept, 'famille', months);
  return {
    individus,
    familles: { famille: { parents: adults, enfants: children, ...familleVariables } },
    foyers_fiscaux: { foyer: { declarants: adults, personnes_a_charge: children } },
    menages: {
      menage: {
        personne_de_reference: ['demandeur'],
        ...(isCouple(kept) ? { conjoint: ['conjoint'] } : {}),
        enfants: children,
        ...Object.fromEntries(
          MENAGE_VARIABLES.flatMap((v) => (menageVariables[v] ? [[v, menageVariables[v]]] : [])),
        ),
      },
    },
  };
}
