import type { BenefitModule } from '../../benefit-module.ts';
import { arsCatalogue } from './ars-catalogue.ts';
import { arsParameters } from './ars-parameters.ts';
import { arsVerdict } from './ars-reasons.ts';

export const arsBenefit: BenefitModule = {
  id: 'ars',
  folder: 'ars',
  outputs: ['ars'],
  catalogue: arsCatalogue,
  verdict: arsVerdict,
  parameters: { ars: arsParameters },
};
