import { Housing } from '../entities.ts';
import {
  epochDays,
  formatMonth,
  monthsOfYear,
  parseMonth,
  rollingTwelveMonths,
  yearNMinus2,
  yearOf,
  type Month,
} from '../periods.ts';
import {
  allocatePopulation,
  EVALUATED_MONTHS,
  Extra,
  MB,
  MICRO_BOXES,
  MICRO_YEARS,
  MONTHLY_RESOURCES,
  WINDOW,
  YEARLY_SLOTS,
  type MonthlyResource,
  type Population,
  type YearlyResource,
} from '../population.ts';
import { zoneOfCommune } from '../zones.ts';
import { enumCodes, inputVariables, outputVariables, type InputVariable } from './variables.ts';
import { deriveIncomes, needsDerivation, type DerivationFoyer } from './derive-incomes.ts';

/** An OpenFisca Web API situation (`/calculate` request body). */
export interface OpenFiscaSituation {
  individus: Record<string, Record<string, unknown>>;
  familles?: Record<string, Record<string, unknown>>;
  foyers_fiscaux?: Record<string, Record<string, unknown>>;
  menages?: Record<string, Record<string, unknown>>;
}

/** A situation the engine cannot read; `issues` name each field and the reason, in French. */
export class SituationError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join(' ; '));
    this.name = 'SituationError';
  }
}

const ROLE_KEYS: Record<string, string[]> = {
  familles: ['parents', 'enfants'],
  foyers_fiscaux: ['declarants', 'personnes_a_charge'],
  menages: ['personne_de_reference', 'conjoint', 'enfants', 'autres'],
};
const OUTPUTS = new Set<string>(outputVariables);

type Series = Record<string, unknown>;

/** Value of a variable for a month: the month's key, else the year's (amounts divided by 12). */
function valueFor(series: Series | undefined, month: Month, divideYear: boolean): unknown {
  if (!series || typeof series !== 'object') return undefined;
  const monthly = series[monthKey(month)];
  if (monthly !== undefined && monthly !== null) return monthly;
  const yearly = series[yearKey(month)];
  if (yearly !== undefined && yearly !== null)
    return divideYear && typeof yearly === 'number' ? yearly / 12 : yearly;
  const eternal = series.ETERNITY;
  return eternal ?? undefined;
}

const monthKeys = new Map<Month, string>();
const yearKeys = new Map<Month, string>();
/** `'YYYY-MM'` of a month, built once: adapters read millions of values. */
function monthKey(month: Month): string {
  let key = monthKeys.get(month);
  if (key === undefined) monthKeys.set(month, (key = formatMonth(month)));
  return key;
}
/** `'YYYY'` of a month's year, built once. */
function yearKey(month: Month): string {
  let key = yearKeys.get(month);
  if (key === undefined) yearKeys.set(month, (key = String(yearOf(month))));
  return key;
}

export interface ParsedPerson {
  id: string;
  role: 0 | 1 | 2;
  /** The person's variables, with derived incomes once `deriveMissingIncomes` has run. */
  vars: Record<string, Series>;
}
export interface ParsedFamily {
  persons: ParsedPerson[];
  /** The famille's own variables (`rsa_isolement_recent`). */
  famille: Record<string, Series>;
  menage: Record<string, Series>;
  /** The foyers fiscaux a parent of the famille declares. */
  foyers: Record<string, Series>[];
}

function checkEntity(
  issues: string[],
  kind: string,
  id: string,
  entity: Record<string, unknown>,
  expected: InputVariable['entity'] | null,
): void {
  // for…in rather than Object.entries: no array per entity and per series (millions of lines).
  for (const name in entity) {
    const series = entity[name];
    if (ROLE_KEYS[kind]?.includes(name)) continue;
    if (OUTPUTS.has(name)) continue;
    const meta = inputVariables[name];
    if (!meta) {
      issues.push(
        `${kind}.${id}.${name} : variable non prise en charge, le moteur ne sait pas en tenir compte (calculer sans elle donnerait un montant faux)`,
      );
      continue;
    }
    if (meta.entity !== expected) {
      issues.push(
        `${kind}.${id}.${name} : variable non prise en charge à cet endroit, elle se renseigne sur ${ENTITY_PLACES[meta.entity]}`,
      );
      continue;
    }
    if (typeof series !== 'object' || series === null || Array.isArray(series)) {
      issues.push(
        `${kind}.${id}.${name} : valeur invalide, un objet {période: valeur} est attendu`,
      );
      continue;
    }
    for (const period in series as Series) {
      const value = (series as Series)[period];
      if (!isPeriodKey(period)) {
        issues.push(
          `${kind}.${id}.${name}[${period}] : période invalide, AAAA-MM, AAAA ou ETERNITY attendue`,
        );
        continue;
      }
      if (value === null) continue;
      const where = `${kind}.${id}.${name}[${period}]`;
      if (meta.type === 'money' || meta.type === 'rate') {
        if (typeof value !== 'number' || !Number.isFinite(value))
          issues.push(`${where} : nombre attendu`);
        else if (value < 0) issues.push(`${where} : montant négatif`);
      } else if (meta.type === 'boolean') {
        if (typeof value !== 'boolean') issues.push(`${where} : vrai ou faux attendu`);
      } else if (meta.type === 'date') {
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
          issues.push(`${where} : date AAAA-MM-JJ attendue`);
      } else if (meta.type === 'commune') {
        if (typeof value !== 'string' || !/^(\d{5}|2[AB]\d{3})$/.test(value))
          issues.push(`${where} : code INSEE de commune attendu`);
      } else if (meta.type === 'enum') {
        if (typeof value !== 'string' || !(value in (enumCodes[name] ?? {}))) {
          issues.push(`${where} : valeur « ${JSON.stringify(value)} » inconnue`);
        }
      }
    }
  }
}

const ENTITY_PLACES: Record<InputVariable['entity'], string> = {
  individu: 'un individu (« individus »)',
  famille: 'la famille (« familles »)',
  menage: 'le ménage (« menages »)',
  foyer_fiscal: 'le foyer fiscal (« foyers_fiscaux »)',
};

/** `'YYYY-MM'` (month 01 to 12), `'YYYY'` or `'ETERNITY'`, as OpenFisca's periods. */
function isPeriodKey(key: string): boolean {
  if (key.length === 7) {
    if (key.charCodeAt(4) !== 45) return false;
    const m = (key.charCodeAt(5) - 48) * 10 + key.charCodeAt(6) - 48;
    return m >= 1 && m <= 12 && isDigits(key, 0, 4);
  }
  if (key.length === 4) return isDigits(key, 0, 4);
  return key === 'ETERNITY';
}

function isDigits(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function members(entity: Record<string, unknown>, key: string): string[] {
  const list = entity[key];
  return Array.isArray(list) ? list.map(String) : [];
}

/** Checks a situation and splits it into familles with their ménage; throws SituationError. */
function parseSituation(situation: OpenFiscaSituation): ParsedFamily[] {
  const issues: string[] = [];
  if (!situation || typeof situation !== 'object' || typeof situation.individus !== 'object') {
    throw new SituationError(['individus : objet attendu']);
  }
  for (const [id, ind] of Object.entries(situation.individus))
    checkEntity(issues, 'individus', id, ind, 'individu');
  for (const [id, m] of Object.entries(situation.menages ?? {}))
    checkEntity(issues, 'menages', id, m, 'menage');
  for (const [id, f] of Object.entries(situation.familles ?? {}))
    checkEntity(issues, 'familles', id, f, 'famille');
  for (const [id, f] of Object.entries(situation.foyers_fiscaux ?? {}))
    checkEntity(issues, 'foyers_fiscaux', id, f, 'foyer_fiscal');
  const familles = Object.entries(situation.familles ?? {});
  if (familles.length === 0) issues.push('familles : au moins une famille est attendue');
  const seen = new Set<string>();
  const families: ParsedFamily[] = [];
  for (const [fid, famille] of familles) {
    const parents = members(famille, 'parents');
    const enfants = members(famille, 'enfants');
    if (parents.length < 1 || parents.length > 2)
      issues.push(`familles.${fid}.parents : un ou deux parents attendus`);
    const persons: ParsedPerson[] = [];
    [...parents, ...enfants].forEach((id, index) => {
      const vars = situation.individus[id];
      if (!vars) {
        issues.push(`familles.${fid} : individu « ${id} » inconnu`);
        return;
      }
      seen.add(id);
      const role = index === 0 ? 0 : index < parents.length ? 1 : 2;
      persons.push({ id, role, vars: vars as Record<string, Series> });
    });
    const menage =
      Object.values(situation.menages ?? {}).find((m) =>
        [
          ...members(m, 'personne_de_reference'),
          ...members(m, 'conjoint'),
          ...members(m, 'enfants'),
          ...members(m, 'autres'),
        ].includes(parents[0] ?? ''),
      ) ?? {};
    const foyers = Object.values(situation.foyers_fiscaux ?? {}).filter((foyer) =>
      members(foyer, 'declarants').some((id) => parents.includes(id)),
    );
    families.push({
      persons,
      famille: famille as Record<string, Series>,
      menage: menage as Record<string, Series>,
      foyers: foyers as Record<string, Series>[],
    });
  }
  for (const id of Object.keys(situation.individus)) {
    if (!seen.has(id)) issues.push(`individus.${id} : n'appartient à aucune famille`);
  }
  if (issues.length > 0) throw new SituationError(issues);
  return families;
}

/**
 * A situation checked and split into familles once: `znr simulate` validates each line and then
 * computes it, without parsing it twice.
 */
export class PreparedSituation {
  constructor(
    readonly situation: OpenFiscaSituation,
    /** @internal */
    readonly families: ParsedFamily[],
  ) {}
}

/** The situation ready to compute, or its problems in French (field and reason). */
export function prepareSituation(situation: OpenFiscaSituation): PreparedSituation | string[] {
  try {
    return new PreparedSituation(situation, parseSituation(situation));
  } catch (error) {
    if (error instanceof SituationError) return error.issues;
    throw error;
  }
}

/** The problems of a situation, in French, or an empty list when the engine can read it. */
export function validateSituation(situation: OpenFiscaSituation): string[] {
  try {
    parseSituation(situation);
    return [];
  } catch (error) {
    if (error instanceof SituationError) return error.issues;
    throw error;
  }
}

const YEARLY_SOURCES: Record<YearlyResource, [MonthlyResource, 'rolling' | 'n1' | 'n2']> = {
  salaireImposableRolling: ['salaireImposable', 'rolling'],
  chomageImposableRolling: ['chomageImposable', 'rolling'],
  retraiteImposableRolling: ['retraiteImposable', 'rolling'],
  pensionsAlimentairesN1: ['pensionsAlimentaires', 'n1'],
  pensionsInvaliditeN2: ['pensionsInvalidite', 'n2'],
  salaireImposableN2: ['salaireImposable', 'n2'],
  chomageImposableN2: ['chomageImposable', 'n2'],
  retraiteImposableN2: ['retraiteImposable', 'n2'],
  pensionsAlimentairesN2: ['pensionsAlimentaires', 'n2'],
  revenusCapitalN2: ['revenusCapital', 'n2'],
};

const YEARLY_ENTRIES = Object.entries(YEARLY_SOURCES) as [
  YearlyResource,
  [MonthlyResource, string],
][];

interface MonthSpan {
  first: Month;
  /** Number of months, `first` … M. */
  length: number;
  /** Index in the span of each `'YYYY-MM'` key. */
  monthIndex: Map<string, number>;
  /** Indexes in the span `[from, to)` of the months of each `'YYYY'` key. */
  yearRange: Map<string, [number, number]>;
  /** For each kind of yearly sum, per slot (months M-12 … M), the span indexes it adds. */
  sums: Record<string, Int32Array[]>;
}
const spans = new Map<Month, MonthSpan>();

/** The months a simulation of M can read: from January of N-2 of M-12 (or M-25) to M. */
function monthSpan(month: Month): MonthSpan {
  let span = spans.get(month);
  if (!span) {
    const first = Math.min((yearOf(month - 12) - 2) * 12, month - 25, month - (WINDOW - 1));
    const monthIndex = new Map<string, number>();
    const yearRange = new Map<string, [number, number]>();
    for (let m = first; m <= month; m++) {
      monthIndex.set(formatMonth(m), m - first);
      const year = String(yearOf(m));
      const range = yearRange.get(year);
      if (range) range[1] = m - first + 1;
      else yearRange.set(year, [m - first, m - first + 1]);
    }
    // The months each yearly sum adds, computed once per month rather than once per person.
    const sums: Record<string, Int32Array[]> = {};
    for (const kind of ['rolling', 'n1', 'n2']) {
      sums[kind] = Array.from({ length: YEARLY_SLOTS }, (_, slot) => {
        const m = month - (YEARLY_SLOTS - 1 - slot);
        const months =
          kind === 'rolling'
            ? rollingTwelveMonths(m)
            : monthsOfYear(yearOf(m) - (kind === 'n1' ? 1 : 2));
        return Int32Array.from(months, (mm) => mm - first);
      });
    }
    span = { first, length: month - first + 1, monthIndex, yearRange, sums };
    spans.set(month, span);
  }
  return span;
}

/** The yearly sums each monthly resource feeds. */
const YEARLY_BY_SOURCE = new Map<MonthlyResource, [YearlyResource, string][]>();
for (const [name, [source, kind]] of YEARLY_ENTRIES) {
  YEARLY_BY_SOURCE.set(source, [...(YEARLY_BY_SOURCE.get(source) ?? []), [name, kind]]);
}

/**
 * Reads a resource's series into `values`, one per month of the span: a month's key, else its
 * year's (divided by 12, except for a balance), else 0. Each key of the series is read once.
 */
function readSeries(series: Series, span: MonthSpan, balance: boolean, values: Float64Array): void {
  values.fill(0);
  for (const key in series) {
    const x = series[key];
    if (key.length !== 4 || typeof x !== 'number') continue;
    const range = span.yearRange.get(key);
    if (range) values.fill(balance ? x : x / 12, range[0], range[1]);
  }
  for (const key in series) {
    const x = series[key];
    if (key.length !== 7 || typeof x !== 'number') continue;
    const k = span.monthIndex.get(key);
    if (k !== undefined) values[k] = x;
  }
}

/** Balances (savings): a yearly value holds for each month rather than being divided by 12. */
const BALANCES = new Set<MonthlyResource>(
  Object.values(inputVariables)
    .filter((meta) => meta.balance && meta.resource)
    .map((meta) => meta.resource!),
);

const RESOURCE_VARIABLE: Record<MonthlyResource, string> = Object.fromEntries(
  Object.entries(inputVariables)
    .filter(([, meta]) => meta.resource)
    .map(([name, meta]) => [meta.resource!, name]),
) as Record<MonthlyResource, string>;

function parseDate(text: unknown): [number, number, number] | undefined {
  if (typeof text !== 'string') return undefined;
  const [y, m, d] = text.split('-').map(Number);
  return y && m && d ? [y, m, d] : undefined;
}

/**
 * Converts OpenFisca situations, all for the same month, into one columnar population: one row
 * per famille, with each resource over the reference periods the formulas need. Throws a
 * SituationError naming every unsupported variable or invalid value.
 */
export function situationsToPopulation(
  situations: readonly (OpenFiscaSituation | PreparedSituation)[],
  period: string,
): { population: Population; familiesPerSituation: number[]; warnings: string[][] } {
  const month = parseMonth(period);
  const parsed = situations.map((s) =>
    s instanceof PreparedSituation ? s.families : parseSituation(s),
  );
  const warnings = situations.map((s, k) =>
    deriveMissingIncomes(s instanceof PreparedSituation ? s.situation : s, parsed[k]!, month),
  );
  const nFamilies = parsed.reduce((n, fams) => n + fams.length, 0);
  const nPersons = parsed.reduce(
    (n, fams) => n + fams.reduce((p, f) => p + f.persons.length, 0),
    0,
  );
  const pop = allocatePopulation(month, nFamilies, nPersons);
  let f = 0;
  let i = 0;
  for (const families of parsed) {
    for (const family of families) {
      pop.firstPerson[f] = i;
      pop.personCount[f] = family.persons.length;
      const menage = family.menage;
      const depcom = valueFor(menage.depcom, month, false);
      pop.zone[f] = typeof depcom === 'string' ? zoneOfCommune(depcom) : 2;
      const housing = valueFor(menage.statut_occupation_logement, month, false);
      pop.housing[f] =
        typeof housing === 'string' ? (Housing[housing as keyof typeof Housing] ?? 0) : 0;
      const january = valueFor(menage.statut_occupation_logement, yearOf(month) * 12, false);
      if (typeof january === 'string')
        pop.housingJanuary[f] = (Housing[january as keyof typeof Housing] ?? 0) + 1;
      pop.rent[f] = Number(valueFor(menage.loyer, month, true) ?? 0);
      fillDwellingBefore(pop, f, menage, month);
      pop.coloc[f] = valueFor(menage.coloc, month, false) === true ? 1 : 0;
      pop.room[f] = valueFor(menage.logement_chambre, month, false) === true ? 1 : 0;
      pop.rfr[f] = givenRfr(family.foyers, month);
      pop.isolementRecent[f] = monthBits(family.famille.rsa_isolement_recent, month);
      fillLoan(pop, f, menage, month);
      for (const person of family.persons) {
        fillPerson(pop, i, f, person);
        i++;
      }
      f++;
    }
  }
  return {
    population: pop,
    familiesPerSituation: parsed.map((fams) => fams.length),
    warnings,
  };
}

const NO_WARNING: string[] = [];

/**
 * Replaces, in each person of the parsed familles, the variables of an income given only as net,
 * taxable or gross by the same variables with the missing amounts derived (derive-incomes.ts);
 * returns the warnings saying so.
 */
function deriveMissingIncomes(
  situation: OpenFiscaSituation,
  families: ParsedFamily[],
  month: Month,
): string[] {
  let warnings = NO_WARNING;
  for (const family of families) {
    for (const person of family.persons) {
      if (!needsDerivation(person.vars)) continue;
      const derived = deriveIncomes(`individus.${person.id}`, person.vars, month, () =>
        foyerOf(situation, person.id, month),
      );
      if (!derived) continue;
      person.vars = derived.vars;
      if (warnings === NO_WARNING) warnings = [];
      warnings.push(...derived.warnings);
    }
  }
  return warnings;
}

/** The foyer fiscal where a person declares or is a dependant, as the CSG rate reads it. */
function foyerOf(situation: OpenFiscaSituation, id: string, month: Month): DerivationFoyer {
  const foyer = Object.values(situation.foyers_fiscaux ?? {}).find(
    (f) => members(f, 'declarants').includes(id) || members(f, 'personnes_a_charge').includes(id),
  );
  if (!foyer)
    return {
      givenRfr: Number.NaN,
      declarants: [situation.individus[id] as Record<string, Series>],
      parts: 1,
    };
  const declarants = members(foyer, 'declarants');
  const dependants = members(foyer, 'personnes_a_charge').length;
  // Quotient familial: one part a declarant, half a part for each of the first two dependants,
  // one from the third, and half a part more for a single parent (art. 194 and 195 CGI).
  const parts =
    declarants.length +
    Math.min(dependants, 2) * 0.5 +
    Math.max(0, dependants - 2) +
    (declarants.length === 1 && dependants > 0 ? 0.5 : 0);
  const rfr = (foyer.rfr as Series | undefined)?.[String(yearNMinus2(month))];
  return {
    givenRfr: typeof rfr === 'number' ? rfr : Number.NaN,
    declarants: declarants
      .map((d) => situation.individus[d] as Record<string, Series> | undefined)
      .filter((v): v is Record<string, Series> => v !== undefined),
    parts,
  };
}

/**
 * The home loan of a buyer (accession): its date — the conventionné loan's when given, which also
 * makes the loan conventionné, as OpenFisca reads it — and the kind of dwelling bought.
 */
function fillLoan(pop: Population, f: number, menage: Record<string, Series>, month: Month): void {
  const conventionneDate = parseDate(
    valueFor(menage.aide_logement_date_pret_conventionne, month, false),
  );
  const date =
    conventionneDate ?? parseDate(valueFor(menage.aide_logement_date_pret, month, false));
  pop.loanDay[f] = date ? epochDays(date[0], date[1], date[2]) : Number.NaN;
  pop.loanConventionne[f] =
    conventionneDate !== undefined ||
    valueFor(menage.aide_logement_est_pret_conventionne, month, false) === true
      ? 1
      : 0;
  pop.etatLogement[f] =
    enumCodes.etat_logement![String(valueFor(menage.etat_logement, month, false))] ?? 0;
}

/**
 * The revenu fiscal de référence of year N-2 given for every foyer fiscal of a famille, summed;
 * NaN when a foyer lacks it (the engine then computes it from the taxable incomes).
 */
function givenRfr(foyers: Record<string, Series>[], month: Month): number {
  if (foyers.length === 0) return Number.NaN;
  const year = String(yearNMinus2(month));
  let sum = 0;
  for (const foyer of foyers) {
    const value = foyer.rfr?.[year];
    if (typeof value !== 'number') return Number.NaN;
    sum += value;
  }
  return sum;
}

function fillPerson(pop: Population, i: number, f: number, person: ParsedPerson): void {
  const v = person.vars;
  const month = pop.month;
  pop.famille[i] = f;
  pop.role[i] = person.role;
  const birth = parseDate(valueFor(v.date_naissance, month, false)) ?? [1980, 1, 1];
  [pop.birthYear[i], pop.birthMonth[i], pop.birthDay[i]] = birth;
  const activite = valueFor(v.activite, month, false);
  pop.activite[i] = enumCodes.activite![String(activite)] ?? 4;
  for (let k = 0; k < EVALUATED_MONTHS - 1; k++) {
    const before = valueFor(v.activite, month - (EVALUATED_MONTHS - 1 - k), false);
    const code = enumCodes.activite![String(before)] ?? 4;
    pop.activiteBefore[k * pop.nPersons + i] = code;
    if (code !== pop.activite[i]) pop.activiteVaries = true;
  }
  pop.marital[i] = enumCodes.statut_marital![String(valueFor(v.statut_marital, month, false))] ?? 0;
  pop.handicap[i] = valueFor(v.handicap, month, false) === true ? 1 : 0;
  pop.incapacity[i] = Number(valueFor(v.taux_incapacite, month, false) ?? 0);
  pop.rsdae[i] =
    valueFor(v.aah_restriction_substantielle_durable_acces_emploi, month, false) === true ? 1 : 0;
  pop.boursier[i] = valueFor(v.boursier, month, false) === true ? 1 : 0;
  pop.apprenti[i] = monthBits(v.apprenti, month);
  fillMicro(pop, i, v);
  const start = parseDate(valueFor(v.date_debut_chomage, month, false));
  pop.unemploymentStart[i] = start
    ? Date.UTC(start[0], start[1] - 1, start[2]) / 86_400_000
    : Number.NaN;

  // Each resource is read once per month of the span the formulas can look at; an absent one
  // leaves its columns at zero.
  const span = monthSpan(month);
  const values = spanValues(span);
  const n = pop.nPersons;
  for (const r of MONTHLY_RESOURCES) {
    const series = v[RESOURCE_VARIABLE[r]];
    if (!series) continue;
    readSeries(series, span, BALANCES.has(r), values);
    const end = month - span.first;
    const column = pop.monthly[r];
    const current = values[end]!;
    for (let w = 0, k = end - (WINDOW - 1); w < WINDOW; w++, k++) {
      const value = values[k]!;
      column[w * n + i] = value;
      if (value !== current) pop.changing[f] = 1;
    }
    for (const [name, kind] of YEARLY_BY_SOURCE.get(r) ?? []) {
      const column = pop.yearly[name];
      const slots = span.sums[kind]!;
      for (let slot = 0; slot < YEARLY_SLOTS; slot++) {
        const indexes = slots[slot]!;
        let sum = 0;
        for (let k = 0; k < indexes.length; k++) sum += values[indexes[k]!]!;
        column[slot * n + i] = sum;
      }
    }
  }
}

let scratch = new Float64Array(0);
/** A buffer of one value per month of the span, reused from one person to the next. */
function spanValues(span: MonthSpan): Float64Array {
  if (scratch.length < span.length) scratch = new Float64Array(span.length);
  return scratch;
}

/** A boolean per evaluated month (bit k for M-3 … M), as OpenFisca reads a monthly boolean. */
function monthBits(series: Series | undefined, month: Month): number {
  if (!series) return 0;
  let bits = 0;
  for (let k = 0; k < EVALUATED_MONTHS; k++) {
    if (valueFor(series, month - (EVALUATED_MONTHS - 1 - k), false) === true) bits |= 1 << k;
  }
  return bits;
}

/** The micro-entrepreneur yearly boxes of individu i, year by year, and whether any is set. */
function fillMicro(pop: Population, i: number, v: Record<string, Series>): void {
  const lastYear = yearOf(pop.month);
  for (const box of MICRO_BOXES) {
    const series = v[box];
    if (!series) continue;
    for (let y = 0; y < MICRO_YEARS; y++) {
      const value = series[String(lastYear - (MICRO_YEARS - 1 - y))];
      if (typeof value !== 'number' || value === 0) continue;
      pop.micro[(MB[box] * MICRO_YEARS + y) * pop.nPersons + i] = value;
      pop.extra[i]! |= Extra.micro;
    }
  }
  for (const name of EXTRA_INPUTS.micro) if (v[name]) pop.extra[i]! |= Extra.micro;
  for (const name of EXTRA_INPUTS.capital) if (v[name]) pop.extra[i]! |= Extra.capital;
  if (v.ass) pop.extra[i]! |= Extra.ass;
  if (v.remuneration_apprenti) pop.extra[i]! |= Extra.apprenti;
}

/** The monthly inputs that set each `Extra` bit. */
const EXTRA_INPUTS = {
  micro: [
    'rpns_auto_entrepreneur_CA_bic',
    'rpns_auto_entrepreneur_CA_bnc',
    'rpns_auto_entrepreneur_CA_achat_revente',
  ],
  capital: [
    'livret_a',
    'epargne_revenus_non_imposables',
    'epargne_revenus_imposables',
    'revenus_capital',
  ],
};

/** The dwelling of M-3 … M-1 of famille f, and whether it differs from that of M. */
function fillDwellingBefore(
  pop: Population,
  f: number,
  menage: Record<string, Series>,
  month: Month,
): void {
  const n = pop.nFamilies;
  for (let k = 0; k < EVALUATED_MONTHS - 1; k++) {
    const m = month - (EVALUATED_MONTHS - 1 - k);
    const depcom = valueFor(menage.depcom, m, false);
    const zone = typeof depcom === 'string' ? zoneOfCommune(depcom) : 2;
    const housing = valueFor(menage.statut_occupation_logement, m, false);
    const code = typeof housing === 'string' ? (Housing[housing as keyof typeof Housing] ?? 0) : 0;
    const rent = Number(valueFor(menage.loyer, m, true) ?? 0);
    pop.zoneBefore[k * n + f] = zone;
    pop.housingBefore[k * n + f] = code;
    pop.rentBefore[k * n + f] = rent;
    if (zone !== pop.zone[f] || code !== pop.housing[f] || rent !== pop.rent[f])
      pop.housingVaries = true;
  }
}
