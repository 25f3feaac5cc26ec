// From a net pension or unemployment benefit to the taxable and gross amounts the engine reads.
// The CSG rate on replacement incomes depends on the revenu fiscal de référence of year N-2 and
// the number of parts of the foyer (art. L136-8 III CSS): exempt, reduced (3.8 %), median (6.6 %,
// pensions only) or full rate; pensions at the median or full rate also pay the CASA (L137-41).
// The rates and thresholds are in parameters/prelevements-remplacement.ts.
import { commonParameters } from '../parameters/common.ts';
import { prelevementsRemplacementParameters } from '../parameters/prelevements-remplacement.ts';
import { byMonth, groupByMonth, valueAt } from './parameters.ts';
import { yearOf, type Month } from './periods.ts';
import type { GrossShares } from './salary-from-net.ts';

/** The CSG rate class of a replacement income. */
export const CsgRate = { exempt: 0, reduced: 1, median: 2, full: 3 } as const;
export type CsgRate = (typeof CsgRate)[keyof typeof CsgRate];

const paramsAt = groupByMonth(prelevementsRemplacementParameters);

/**
 * The rate class of a foyer with revenu fiscal de référence `rfr` (year N-2) and `parts` parts of
 * quotient familial, for the thresholds in force in January of the month's year. Unemployment
 * benefit has no median rate: above the reduced-rate ceiling it pays the full rate.
 */
export function csgRateOf(
  rfr: number,
  parts: number,
  month: Month,
  income: 'pension' | 'chomage',
): CsgRate {
  const p = paramsAt(yearOf(month) * 12);
  const halves = Math.max(0, Math.round((parts - 1) * 2));
  if (rfr <= p.seuilTauxReduit + halves * p.seuilTauxReduitDemiPart) return CsgRate.exempt;
  if (rfr <= p.seuilTauxMedian + halves * p.seuilTauxMedianDemiPart) return CsgRate.reduced;
  if (income === 'chomage') return CsgRate.full;
  if (rfr <= p.seuilTauxPlein + halves * p.seuilTauxPleinDemiPart) return CsgRate.median;
  return CsgRate.full;
}

/** Net and taxable pension per euro of gross pension, for each rate class. */
export const pensionShares = byMonth((month: Month): GrossShares[] => {
  const p = paramsAt(month);
  const crds = valueAt(commonParameters.crds, month);
  // The deductible CSG leaves the taxable pension; the rest of the CSG, the CRDS and the CASA stay.
  const share = (deductible: number, taxed: number, casa: number): GrossShares => ({
    net: 1 - deductible - taxed - casa,
    taxable: 1 - deductible,
  });
  return [
    { net: 1, taxable: 1 },
    share(p.csgPensionReduitDeductible, crds, 0),
    share(p.csgPensionMedianDeductible, p.csgPensionMedianImposable + crds, p.casa),
    share(p.csgPensionPleinDeductible, p.csgPensionPleinImposable + crds, p.casa),
  ];
});

/**
 * Net and taxable unemployment benefit per euro of gross benefit, for each rate class (CSG and
 * CRDS on 98.25 % of it). The contributions may not bring the benefit below the SMIC (art.
 * L136-1-2 II 4° CSS): `chomageFloor` gives that monthly floor.
 */
export const chomageShares = byMonth((month: Month): GrossShares[] => {
  const p = paramsAt(month);
  const crds = valueAt(commonParameters.crds, month);
  const base = 1 - p.abattementAssietteChomage;
  const share = (deductible: number, taxed: number): GrossShares => ({
    net: 1 - (deductible + taxed) * base,
    taxable: 1 - deductible * base,
  });
  const reduced = share(p.csgChomageReduitDeductible, crds);
  return [
    { net: 1, taxable: 1 },
    reduced,
    reduced, // no median rate on unemployment benefit
    share(p.csgChomagePleinDeductible, p.csgChomagePleinImposable + crds),
  ];
});

/** The monthly SMIC under which unemployment benefit pays no CSG nor CRDS. */
export const chomageFloor = byMonth(
  (month: Month): number =>
    valueAt(commonParameters.smicHoraire, month) *
    valueAt(commonParameters.smicHeuresMensuelles, month),
);
