import type { BenefitModule } from '../../benefit-module.ts';
import { rsaCatalogue } from './rsa-catalogue.ts';
import { rsaParameters } from './rsa-parameters.ts';
import { rsaVerdict } from './rsa-reasons.ts';

export const rsaBenefit: BenefitModule = {
  id: 'rsa',
  folder: 'rsa',
  outputs: ['rsa'],
  catalogue: rsaCatalogue,
  verdict: rsaVerdict,
  parameters: { rsa: rsaParameters },
};
