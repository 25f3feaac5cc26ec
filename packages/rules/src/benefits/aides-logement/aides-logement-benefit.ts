import type { BenefitModule } from '../../benefit-module.ts';
import { aidesLogementAccessionParameters } from './aides-logement-accession-parameters.ts';
import { aidesLogementCatalogue } from './aides-logement-catalogue.ts';
import { aidesLogementParameters } from './aides-logement-parameters.ts';
import { aidesLogementVerdict } from './aides-logement-reasons.ts';

export const aidesLogementBenefit: BenefitModule = {
  id: 'aide_logement',
  folder: 'aides-logement',
  outputs: ['aide_logement', 'aide_logement_type', 'apl', 'als', 'alf'],
  catalogue: aidesLogementCatalogue,
  verdict: aidesLogementVerdict,
  parameters: {
    'aides-logement': aidesLogementParameters,
    'aides-logement-accession': aidesLogementAccessionParameters,
  },
};
