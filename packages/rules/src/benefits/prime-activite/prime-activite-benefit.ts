import type { BenefitModule } from '../../benefit-module.ts';
import { primeActiviteCatalogue } from './prime-activite-catalogue.ts';
import { primeActiviteParameters } from './prime-activite-parameters.ts';
import { primeActiviteVerdict } from './prime-activite-reasons.ts';

export const primeActiviteBenefit: BenefitModule = {
  id: 'ppa',
  folder: 'prime-activite',
  outputs: ['ppa'],
  catalogue: primeActiviteCatalogue,
  verdict: primeActiviteVerdict,
  parameters: { 'prime-activite': primeActiviteParameters },
};
