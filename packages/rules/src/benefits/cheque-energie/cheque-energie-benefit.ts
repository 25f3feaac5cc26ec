import type { BenefitModule } from '../../benefit-module.ts';
import { chequeEnergieCatalogue } from './cheque-energie-catalogue.ts';
import { chequeEnergieParameters, rfrParameters } from './cheque-energie-parameters.ts';
import { chequeEnergieVerdict } from './cheque-energie-reasons.ts';

export const chequeEnergieBenefit: BenefitModule = {
  id: 'cheque_energie',
  folder: 'cheque-energie',
  outputs: ['cheque_energie'],
  catalogue: chequeEnergieCatalogue,
  verdict: chequeEnergieVerdict,
  parameters: { 'cheque-energie': chequeEnergieParameters, rfr: rfrParameters },
};
