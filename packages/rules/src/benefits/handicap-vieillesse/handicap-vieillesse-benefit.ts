import type { BenefitModule } from '../../benefit-module.ts';
import { aahVerdict } from './aah-reasons.ts';
import { asiVerdict } from './asi-reasons.ts';
import { aspaVerdict } from './aspa-reasons.ts';
import { aahCatalogue, asiCatalogue, aspaCatalogue } from './handicap-vieillesse-catalogue.ts';
import { handicapVieillesseParameters } from './handicap-vieillesse-parameters.ts';

// AAH, ASPA and ASI count each other as resources month by month (aah.ts, aspa-asi.ts), so they
// share a folder and a parameter file.
const parameters = { 'handicap-vieillesse': handicapVieillesseParameters };

export const aahBenefit: BenefitModule = {
  id: 'aah',
  folder: 'handicap-vieillesse',
  outputs: ['aah'],
  catalogue: aahCatalogue,
  verdict: aahVerdict,
  parameters,
};

export const aspaBenefit: BenefitModule = {
  id: 'aspa',
  folder: 'handicap-vieillesse',
  outputs: ['aspa'],
  catalogue: aspaCatalogue,
  verdict: aspaVerdict,
  parameters,
};

export const asiBenefit: BenefitModule = {
  id: 'asi',
  folder: 'handicap-vieillesse',
  outputs: ['asi'],
  catalogue: asiCatalogue,
  verdict: asiVerdict,
  parameters,
};
