import type { BenefitModule } from '../../benefit-module.ts';
import { cssCatalogue } from './css-catalogue.ts';
import { cssParameters } from './css-parameters.ts';
import { cssVerdict } from './css-reasons.ts';

export const cssBenefit: BenefitModule = {
  id: 'css',
  folder: 'css',
  outputs: ['css', 'cmu_c', 'css_participation_forfaitaire'],
  catalogue: cssCatalogue,
  verdict: cssVerdict,
  parameters: { css: cssParameters },
};
