import type { BenefitModule } from '../../benefit-module.ts';
import { afVerdict } from './af-reasons.ts';
import { asfVerdict } from './asf-reasons.ts';
import { cfVerdict } from './cf-reasons.ts';
import { pajeBaseVerdict } from './paje-base-reasons.ts';
import {
  afCatalogue,
  asfCatalogue,
  cfCatalogue,
  pajeBaseCatalogue,
} from './prestations-familiales-catalogue.ts';
import { prestationsFamilialesParameters } from './prestations-familiales-parameters.ts';

// AF, CF, ASF and PAJE de base are computed in one pass over the famille's children
// (prestations-familiales.ts), so they share a folder and a parameter file.
const parameters = { 'prestations-familiales': prestationsFamilialesParameters };

export const afBenefit: BenefitModule = {
  id: 'af',
  folder: 'prestations-familiales',
  outputs: ['af'],
  catalogue: afCatalogue,
  verdict: afVerdict,
  parameters,
};

export const cfBenefit: BenefitModule = {
  id: 'cf',
  folder: 'prestations-familiales',
  outputs: ['cf'],
  catalogue: cfCatalogue,
  verdict: cfVerdict,
  parameters,
};

export const asfBenefit: BenefitModule = {
  id: 'asf',
  folder: 'prestations-familiales',
  outputs: ['asf'],
  catalogue: asfCatalogue,
  verdict: asfVerdict,
  parameters,
};

export const pajeBaseBenefit: BenefitModule = {
  id: 'paje_base',
  folder: 'prestations-familiales',
  outputs: ['paje_base'],
  catalogue: pajeBaseCatalogue,
  verdict: pajeBaseVerdict,
  parameters,
};
