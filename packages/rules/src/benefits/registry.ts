import type { BenefitModule } from '../benefit-module.ts';
import { aidesLogementBenefit } from './aides-logement/aides-logement-benefit.ts';
import { arsBenefit } from './ars/ars-benefit.ts';
import { chequeEnergieBenefit } from './cheque-energie/cheque-energie-benefit.ts';
import { cssBenefit } from './css/css-benefit.ts';
import {
  aahBenefit,
  asiBenefit,
  aspaBenefit,
} from './handicap-vieillesse/handicap-vieillesse-benefit.ts';
import {
  afBenefit,
  asfBenefit,
  cfBenefit,
  pajeBaseBenefit,
} from './prestations-familiales/prestations-familiales-benefit.ts';
import { primeActiviteBenefit } from './prime-activite/prime-activite-benefit.ts';
import { rsaBenefit } from './rsa/rsa-benefit.ts';

/**
 * Every benefit of the engine, one line each, in the order a bilan shows them (the order of
 * `engineBenefitIds`). The claim catalogue, the explanations, the parameters' version and
 * `parameters/all.ts` walk this list; `registry.test.ts` checks that every folder of
 * `src/benefits/` is here with its parameters, trace, reasons, catalogue entry and tests.
 */
export const benefitRegistry: readonly BenefitModule[] = [
  rsaBenefit,
  primeActiviteBenefit,
  aidesLogementBenefit,
  afBenefit,
  cfBenefit,
  asfBenefit,
  arsBenefit,
  pajeBaseBenefit,
  aahBenefit,
  aspaBenefit,
  asiBenefit,
  cssBenefit,
  chequeEnergieBenefit,
];
