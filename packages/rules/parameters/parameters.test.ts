import { describe, expect, it } from 'vitest';
import type { Parameter } from '../src/parameters.ts';
import { aidesLogementParameters } from '../src/benefits/aides-logement/aides-logement-parameters.ts';
import { aidesLogementAccessionParameters } from '../src/benefits/aides-logement/aides-logement-accession-parameters.ts';
import { commonParameters } from './common.ts';
import { arsParameters } from '../src/benefits/ars/ars-parameters.ts';
import { budgetParameters } from './budget.ts';
import {
  chequeEnergieParameters,
  rfrParameters,
} from '../src/benefits/cheque-energie/cheque-energie-parameters.ts';
import { cssParameters } from '../src/benefits/css/css-parameters.ts';
import { handicapVieillesseParameters } from '../src/benefits/handicap-vieillesse/handicap-vieillesse-parameters.ts';
import { prestationsFamilialesParameters } from '../src/benefits/prestations-familiales/prestations-familiales-parameters.ts';
import { prelevementsSalariesParameters } from './prelevements-salaries.ts';
import { prelevementsRemplacementParameters } from './prelevements-remplacement.ts';
import { primeActiviteParameters } from '../src/benefits/prime-activite/prime-activite-parameters.ts';
import { rsaParameters } from '../src/benefits/rsa/rsa-parameters.ts';
import { patrimoineParameters } from './patrimoine.ts';
import { microEntrepriseParameters } from './micro-entreprise.ts';

const files: Record<string, Record<string, Parameter>> = {
  common: commonParameters,
  rsa: rsaParameters,
  'prime-activite': primeActiviteParameters,
  'aides-logement': aidesLogementParameters,
  'aides-logement-accession': aidesLogementAccessionParameters,
  'prestations-familiales': prestationsFamilialesParameters,
  'handicap-vieillesse': handicapVieillesseParameters,
  css: cssParameters,
  'cheque-energie': chequeEnergieParameters,
  rfr: rfrParameters,
  ars: arsParameters,
  budget: budgetParameters,
  'prelevements-salaries': prelevementsSalariesParameters,
  'prelevements-remplacement': prelevementsRemplacementParameters,
  patrimoine: patrimoineParameters,
  'micro-entreprise': microEntrepriseParameters,
};
const all = Object.entries(files).flatMap(([file, params]) =>
  Object.entries(params).map(([name, p]) => [`${file}.${name}`, p] as const),
);

describe('legal parameters', () => {
  it.each(all)(
    '%s has rising dates, a value in force since 2023 and a source for each value',
    (_name, p) => {
      expect(p.description.length).toBeGreaterThan(5);
      expect(p.values.length).toBeGreaterThan(0);
      expect(p.values[0]!.from <= '2023-01-01').toBe(true);
      for (let k = 0; k < p.values.length; k++) {
        const v = p.values[k]!;
        expect(v.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (k > 0) expect(v.from > p.values[k - 1]!.from).toBe(true);
        expect(Number.isFinite(v.value)).toBe(true);
        expect(v.source.title.trim().length).toBeGreaterThan(3);
        expect(v.source.url).toMatch(/^https?:\/\//);
      }
    },
  );
});
