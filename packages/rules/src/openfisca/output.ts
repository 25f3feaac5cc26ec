import { HousingAidType } from '../benefits/aides-logement/aides-logement.ts';
import type { BatchResult } from '../batch.ts';
import type { OutputVariable } from './variables.ts';

/** Results of one situation under OpenFisca's variable names, summed over its familles. */
export type OpenFiscaResults = Record<
  Exclude<OutputVariable, 'aide_logement_type' | 'css' | 'cmu_c'>,
  number
> & {
  aide_logement_type: 'apl' | 'als' | 'alf' | null;
  /** Complémentaire santé solidaire of the first famille. */
  css: 'gratuite' | 'avec_participation' | 'non_eligible';
  /** Free CSS. */
  cmu_c: boolean;
};

const TYPE_NAMES = {
  [HousingAidType.apl]: 'apl',
  [HousingAidType.als]: 'als',
  [HousingAidType.alf]: 'alf',
} as const;

const MONEY = [
  'rsa',
  'ppa',
  'aide_logement',
  'apl',
  'als',
  'alf',
  'af',
  'cf',
  'asf',
  'paje_base',
  'aah',
  'aspa',
  'asi',
  'ars',
] as const;

const cents = (x: number): number => Math.round(x * 100) / 100;

/** Splits batch results back into situations (`familiesPerSituation` rows each). */
export function toOpenFiscaResults(
  batch: BatchResult,
  familiesPerSituation: number[],
): OpenFiscaResults[] {
  const out: OpenFiscaResults[] = [];
  const last = batch.states[batch.states.length - 1]!;
  let f = 0;
  for (const count of familiesPerSituation) {
    const r: OpenFiscaResults = {
      rsa: 0,
      ppa: 0,
      aide_logement: 0,
      aide_logement_type: null,
      apl: 0,
      als: 0,
      alf: 0,
      af: 0,
      cf: 0,
      asf: 0,
      paje_base: 0,
      aah: 0,
      aspa: 0,
      asi: 0,
      css: 'non_eligible',
      cmu_c: false,
      css_participation_forfaitaire: 0,
      cheque_energie: 0,
      ars: 0,
    };
    if (count > 0) {
      r.cmu_c = batch.css.free[f] === 1;
      r.css_participation_forfaitaire = batch.css.participation[f]!;
      // One dwelling per situation: its chèque énergie is the first famille's.
      r.cheque_energie = batch.chequeEnergie.amount[f]!;
      r.css = r.cmu_c
        ? 'gratuite'
        : r.css_participation_forfaitaire > 0
          ? 'avec_participation'
          : 'non_eligible';
    }
    for (let k = 0; k < count; k++, f++) {
      r.af += last.af[f]!;
      r.cf += last.cf[f]!;
      r.asf += last.asf[f]!;
      r.paje_base += last.paje[f]!;
      r.ars += batch.ars.amount[f]!;
      r.aspa += last.aspa[f]!;
      const first = batch.population.firstPerson[f]!;
      const end = first + batch.population.personCount[f]!;
      for (let i = first; i < end; i++) {
        r.aah += last.aah[i]!;
        r.asi += last.asi[i]!;
      }
      r.rsa += batch.rsa.amount[f]!;
      r.ppa += batch.primeActivite.amount[f]!;
      const housing = batch.aidesLogement.amount[f]!;
      r.aide_logement += housing;
      const type = batch.aideLogementType[f]!;
      if (type !== HousingAidType.none) {
        const name = TYPE_NAMES[type as 1 | 2 | 3];
        r[name] += housing;
        r.aide_logement_type ??= name;
      }
    }
    for (const key of MONEY) r[key] = cents(r[key]);
    out.push(r);
  }
  return out;
}
