// A situation that gives a salary, an unemployment benefit or a pension only as a net amount (or
// only taxable, or only gross) must not be computed as if the missing amounts were zero: the ASPA
// of a retiree with only `retraite_nette` would count no pension at all. The missing amounts are
// derived with the engine's own conversions (salaryShares, pensionShares, chomageShares), and each
// derivation is said in a French warning on the result.
import { parseMonth, yearOf, type Month } from '../periods.ts';
import {
  chomageFloor,
  chomageShares,
  CsgRate,
  csgRateOf,
  pensionShares,
} from '../replacement-income.ts';
import { salaryShares, type GrossShares } from '../salary-from-net.ts';
import { rfrParameters } from '../benefits/cheque-energie/cheque-energie-parameters.ts';
import { groupByMonth } from '../parameters.ts';
import {
  elderlyAllowance,
  pensionsAfterAllowance,
  salariesAfterDeduction,
  taxAllowances,
} from '../shared/tax-allowances.ts';
import { incomeGroups, type IncomeGroup } from './income-groups.ts';
import { inputVariables } from './variables.ts';

type Series = Record<string, unknown>;
type Vars = Record<string, Series>;

/** The foyer fiscal of a person, to choose the CSG rate of a replacement income. */
export interface DerivationFoyer {
  /** Revenu fiscal de référence of year N-2 given for the person's foyer fiscal, NaN when not. */
  givenRfr: number;
  /** Variables of the foyer's declarants, the person's own included. */
  declarants: Vars[];
  /** Parts of quotient familial. */
  parts: number;
}

const rfrAt = groupByMonth(rfrParameters);

const euros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const formatEuros = (x: number): string => euros.format(x);

const CSG_RATE_NAMES = ['exonérée', 'au taux réduit', 'au taux médian', 'au taux plein'];
const cents = (x: number): number => Math.round(x * 100) / 100;

const isGiven = (series: Series | undefined, key: string): boolean =>
  series !== undefined && series[key] !== undefined && series[key] !== null;

/** An amount the engine reads (some, like `chomage_brut`, are only a source to derive from). */
const isRead = (name: string): boolean => inputVariables[name]?.resource !== undefined;

/** True when some period gives one or two of an income's amounts but not every one the engine reads. */
function incomplete(vars: Vars, group: IncomeGroup): boolean {
  const net = vars[group.net];
  const taxable = vars[group.taxable];
  const gross = vars[group.gross];
  if (!net && !taxable && !gross) return false;
  const readNet = isRead(group.net);
  const readTaxable = isRead(group.taxable);
  const readGross = isRead(group.gross);
  for (const series of [net, taxable, gross]) {
    if (!series) continue;
    for (const key in series) {
      if (series[key] === null) continue;
      if (
        (readNet && !isGiven(net, key)) ||
        (readTaxable && !isGiven(taxable, key)) ||
        (readGross && !isGiven(gross, key))
      )
        return true;
    }
  }
  return false;
}

/** True when a person's variables miss an amount the adapter must derive. */
export function needsDerivation(vars: Vars): boolean {
  for (const group of incomeGroups) if (incomplete(vars, group)) return true;
  return false;
}

/** The month whose rates convert an amount of period `key` (`'YYYY-MM'` or `'YYYY'`). */
function monthOfKey(key: string, fallback: Month): Month {
  if (key.length === 7) return parseMonth(key);
  if (key.length === 4) return Number(key) * 12 + 5; // June: the year's rates
  return fallback;
}

/** A month's amount of a series: the month's key, else the year's divided by 12. */
function amountAt(series: Series | undefined, month: Month): number {
  if (!series) return 0;
  const key = `${yearOf(month)}-${String((month % 12) + 1).padStart(2, '0')}`;
  const monthly = series[key];
  if (typeof monthly === 'number') return monthly;
  const yearly = series[String(yearOf(month))];
  return typeof yearly === 'number' ? yearly / 12 : 0;
}

/**
 * The shares of one euro of gross income left net and taxable. A replacement income's CSG rate
 * depends on the foyer's revenu fiscal de référence (N-2): `rate` gives it.
 */
function sharesOf(group: IncomeGroup, month: Month, rate: CsgRate): GrossShares {
  if (group.income === 'salary') return salaryShares(month);
  if (group.income === 'pension') return pensionShares(month)[rate]!;
  return chomageShares(month)[rate]!;
}

/** Derives the missing amounts of one period from the given one (net first, then taxable, gross). */
function deriveOne(
  group: IncomeGroup,
  net: unknown,
  taxable: unknown,
  gross: unknown,
  month: Month,
  rate: CsgRate,
): [number, number, number] {
  // Unemployment benefit under the SMIC pays no CSG nor CRDS (art. L136-1-2 II 4° CSS).
  const given = [net, taxable, gross].find((x) => typeof x === 'number') as number;
  const exemptChomage = group.income === 'chomage' && given <= chomageFloor(month);
  const shares = exemptChomage ? { net: 1, taxable: 1 } : sharesOf(group, month, rate);
  const g =
    typeof net === 'number'
      ? net / shares.net
      : typeof taxable === 'number'
        ? taxable / shares.taxable
        : (gross as number);
  return [
    typeof net === 'number' ? net : cents(g * shares.net),
    typeof taxable === 'number' ? taxable : cents(g * shares.taxable),
    typeof gross === 'number' ? gross : cents(g),
  ];
}

/**
 * The revenu fiscal de référence that chooses the CSG rate: the one given for the foyer, else an
 * estimate from the declarants' amounts of the month × 12, after the 10 % allowances and the
 * allowance for the elderly (as the chèque énergie computes it), with
 * replacement incomes at `rate` (the estimate is made at the exempt rate, then again at the rate
 * found).
 */
function foyerRfr(foyer: DerivationFoyer, month: Month, rate: CsgRate): number {
  if (Number.isFinite(foyer.givenRfr)) return foyer.givenRfr;
  const allowances = taxAllowances(month);
  let income = 0;
  let eldest = -1; // the eldest declarant's age on 1 January of N-2
  const year = yearOf(month) - 2;
  for (const vars of foyer.declarants) {
    let pay = 0;
    let pensions = 0;
    for (const group of incomeGroups) {
      const [, taxable] = deriveOne(
        group,
        vars[group.net] ? amountAt(vars[group.net], month) : undefined,
        vars[group.taxable] ? amountAt(vars[group.taxable], month) : undefined,
        vars[group.gross] ? amountAt(vars[group.gross], month) : 0,
        month,
        rate,
      );
      if (group.income === 'pension') pensions += 12 * taxable;
      else pay += 12 * taxable;
    }
    income +=
      salariesAfterDeduction(pay, allowances) +
      pensionsAfterAllowance(pensions + 12 * amountAt(vars.pensions_invalidite, month), allowances);
    const birth = vars.date_naissance?.ETERNITY;
    if (typeof birth === 'string') eldest = Math.max(eldest, year - Number(birth.slice(0, 4)) - 1);
  }
  return Math.max(0, income - elderlyAllowance(income, eldest, rfrAt(year * 12)));
}

/**
 * A person's variables with every missing net, taxable or gross amount derived, and the French
 * warnings saying what was derived and how; `undefined` when nothing is missing.
 */
export function deriveIncomes(
  where: string,
  vars: Vars,
  month: Month,
  foyer: () => DerivationFoyer,
): { vars: Vars; warnings: string[] } | undefined {
  if (!needsDerivation(vars)) return undefined;
  const out: Vars = { ...vars };
  const warnings: string[] = [];
  for (const group of incomeGroups) {
    if (!incomplete(vars, group)) continue;
    let rate: CsgRate = CsgRate.exempt;
    let rateText = '';
    if (group.income !== 'salary') {
      const context = foyer();
      const first = csgRateOf(
        foyerRfr(context, month, CsgRate.exempt),
        context.parts,
        month,
        group.income,
      );
      const rfr = foyerRfr(context, month, first);
      rate = csgRateOf(rfr, context.parts, month, group.income);
      rateText = Number.isFinite(context.givenRfr)
        ? `CSG ${CSG_RATE_NAMES[rate]} d'après le revenu fiscal de référence donné (${formatEuros(rfr)})`
        : `CSG ${CSG_RATE_NAMES[rate]} d'après un revenu fiscal de référence estimé à ${formatEuros(rfr)} pour ${String(context.parts).replace('.', ',')} part${context.parts > 1 ? 's' : ''}`;
    }
    const net: Series = { ...vars[group.net] };
    const taxable: Series = { ...vars[group.taxable] };
    const gross: Series = { ...vars[group.gross] };
    const derived = new Set<string>();
    let source = '';
    const keys = new Set([...Object.keys(net), ...Object.keys(taxable), ...Object.keys(gross)]);
    for (const key of keys) {
      const n = net[key] ?? undefined;
      const t = taxable[key] ?? undefined;
      const g = gross[key] ?? undefined;
      if (n === undefined && t === undefined && g === undefined) continue;
      if (n !== undefined && t !== undefined && g !== undefined) continue;
      const [dn, dt, dg] = deriveOne(group, n, t, g, monthOfKey(key, month), rate);
      if (n === undefined) {
        net[key] = dn;
        derived.add(group.net);
      }
      if (t === undefined) {
        taxable[key] = dt;
        derived.add(group.taxable);
      }
      if (g === undefined) {
        gross[key] = dg;
        derived.add(group.gross);
      }
      if (dn !== 0 || dt !== 0 || dg !== 0)
        source ||= n !== undefined ? group.net : t !== undefined ? group.taxable : group.gross;
    }
    out[group.net] = net;
    out[group.taxable] = taxable;
    out[group.gross] = gross;
    // Only amounts that are not zero deserve a warning: a zero income converts to zero.
    if (!source) continue;
    const names = [...derived].filter(isRead);
    if (names.length === 0) continue;
    const list =
      names.length > 1 ? `${names.slice(0, -1).join(', ')} et ${names.at(-1)}` : names[0];
    const how =
      group.income === 'salary'
        ? "avec les cotisations d'un salarié non cadre du secteur privé"
        : rateText;
    warnings.push(
      `${where} : ${names.length > 1 ? 'montants' : 'montant'} ${list} non ${names.length > 1 ? 'donnés, déduits' : 'donné, déduit'} de ${source} (${how}) ; donnez-les s'ils sont connus`,
    );
  }
  return { vars: out, warnings };
}
