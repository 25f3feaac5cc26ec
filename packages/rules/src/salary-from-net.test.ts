import { describe, expect, it } from 'vitest';
import { commonParameters } from '../parameters/common.ts';
import { prelevementsSalariesParameters as p } from '../parameters/prelevements-salaries.ts';
import { parseMonth } from './periods.ts';
import { salaryFromNet } from './salary-from-net.ts';

const month = parseMonth('2026-11');
const v = (name: keyof typeof p) => p[name].values.at(-1)!.value;

describe('salaryFromNet', () => {
  it('takes back, from the gross it finds, every contribution and gets the net again', () => {
    for (const net of [450, 900, 1443.11, 2100]) {
      const { gross } = salaryFromNet(net, month);
      const contributions =
        gross *
        (v('vieillessePlafonnee') +
          v('vieillesseDeplafonnee') +
          v('retraiteComplementaireT1') +
          v('contributionEquilibreGeneralT1'));
      const csgCrds =
        gross *
        (1 - v('abattementAssietteCsg')) *
        (v('csgActiviteDeductible') +
          v('csgActiviteNonDeductible') +
          commonParameters.crds.values.at(-1)!.value);
      expect(gross - contributions - csgCrds).toBeCloseTo(net, 1);
    }
  });

  it('gives the ratios of the reference households of the oracle (gross 1.2633, taxable 1.036 × net)', () => {
    const { gross, taxable } = salaryFromNet(1000, month);
    expect(gross / 1000).toBeCloseTo(1.2633, 3);
    expect(taxable / 1000).toBeCloseTo(1.036, 3);
  });

  it('is zero for no salary', () => {
    expect(salaryFromNet(0, month)).toEqual({ gross: 0, taxable: 0 });
  });
});
