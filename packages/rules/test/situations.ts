import type { OpenFiscaSituation } from '../src/index.ts';

/** A person of a test household: monthly amounts are the same every month. */
export interface PersonSpec {
  birth: string;
  activite?: 'actif' | 'chomeur' | 'etudiant' | 'retraite' | 'inactif';
  salaireNet?: number;
  salaireImposable?: number;
  chomageNet?: number;
  retraiteNette?: number;
  pensionsAlimentaires?: number;
  /** Other OpenFisca inputs as given (`{ ass: { '2026-05': 500 } }`). */
  inputs?: Record<string, Record<string, unknown>>;
}

/** A test household in plain terms, turned into an OpenFisca situation by `situation`. */
export interface HouseholdSpec {
  parents: PersonSpec[];
  children?: PersonSpec[];
  depcom?: string;
  housing?:
    | 'locataire_hlm'
    | 'locataire_vide'
    | 'locataire_meuble'
    | 'proprietaire'
    | 'loge_gratuitement'
    | 'primo_accedant';
  /** Monthly rent, or a home buyer's monthly repayment. */
  rent?: number;
  /** OpenFisca inputs of the famille as given (`rsa_isolement_recent`). */
  famille?: Record<string, Record<string, unknown>>;
  /** A home buyer's loan: signature date, conventionné, dwelling bought (`etat_logement`). */
  loan?: { date: string; conventionne?: boolean; etat?: string };
}

const YEARS = ['2023', '2024', '2025', '2026'];

/** Yearly totals: OpenFisca spreads a yearly amount evenly over its months. */
function yearly(monthly: number | undefined): Record<string, number> | undefined {
  if (!monthly) return undefined;
  return Object.fromEntries(YEARS.map((y) => [y, monthly * 12]));
}

function same<T>(value: T): Record<string, T> {
  return Object.fromEntries(YEARS.map((y) => [y, value]));
}

function person(p: PersonSpec): Record<string, unknown> {
  const vars: Record<string, unknown> = {
    date_naissance: { ETERNITY: p.birth },
    activite: same(p.activite ?? 'inactif'),
  };
  const add = (name: string, value: number | undefined): void => {
    const series = yearly(value);
    if (series) vars[name] = series;
  };
  add('salaire_net', p.salaireNet);
  add('salaire_imposable', p.salaireImposable ?? (p.salaireNet ? p.salaireNet * 1.036 : undefined));
  add('salaire_de_base', p.salaireNet ? p.salaireNet * 1.28 : undefined);
  add('chomage_net', p.chomageNet);
  add('chomage_imposable', p.chomageNet ? p.chomageNet * 1.03 : undefined);
  add('retraite_nette', p.retraiteNette);
  add('retraite_imposable', p.retraiteNette ? p.retraiteNette * 1.07 : undefined);
  // All three amounts given, so the adapter derives nothing (full rate: 9.1 % of the gross).
  add('retraite_brute', p.retraiteNette ? p.retraiteNette / 0.909 : undefined);
  add('pensions_alimentaires_percues', p.pensionsAlimentaires);
  return { ...vars, ...p.inputs };
}

/** Builds the OpenFisca situation of a household. */
export function situation(h: HouseholdSpec): OpenFiscaSituation {
  const individus: OpenFiscaSituation['individus'] = {};
  const parents = h.parents.map((p, k) => {
    const id = k === 0 ? 'demandeur' : 'conjoint';
    individus[id] = person(p);
    return id;
  });
  const enfants = (h.children ?? []).map((c, k) => {
    const id = `enfant${k + 1}`;
    individus[id] = person(c);
    return id;
  });
  const menage: Record<string, unknown> = {
    personne_de_reference: [parents[0]],
    ...(parents[1] ? { conjoint: [parents[1]] } : {}),
    enfants,
    depcom: same(h.depcom ?? '69123'),
    statut_occupation_logement: same(h.housing ?? 'loge_gratuitement'),
  };
  if (h.rent) menage.loyer = yearly(h.rent);
  if (h.loan) {
    menage.aide_logement_date_pret = { ETERNITY: h.loan.date };
    if (h.loan.conventionne) menage.aide_logement_est_pret_conventionne = { ETERNITY: true };
    if (h.loan.etat) menage.etat_logement = same(h.loan.etat);
  }
  return {
    individus,
    familles: { famille_1: { parents, enfants, ...h.famille } },
    foyers_fiscaux: { foyer_fiscal_1: { declarants: parents, personnes_a_charge: enfants } },
    menages: { menage_1: menage },
  };
}
