/**
 * @znr/rules — the benefits engine over columns: RSA, prime d'activité, aides personnelles au
 * logement, family benefits (AF, CF, ASF, ARS, PAJE), AAH, ASPA, ASI, Complémentaire santé
 * solidaire and chèque énergie, with the household's budget.
 */
export {
  computeBatch,
  computeCoreBatch,
  completeBatch,
  type BatchOptions,
  type BatchResult,
  type CoreBatchResult,
} from './batch.ts';
export { ColumnPool, freshColumns, type Columns } from './columns.ts';
export {
  simulate,
  simulateMany,
  simulateManyWithWarnings,
  type BenefitResult,
  type SimulationResult,
} from './simulate.ts';
export {
  situationsToPopulation,
  prepareSituation,
  PreparedSituation,
  validateSituation,
  SituationError,
  type OpenFiscaSituation,
} from './openfisca/adapter.ts';
export { toOpenFiscaResults, type OpenFiscaResults } from './openfisca/output.ts';
export {
  inputVariables,
  outputVariables,
  type InputVariable,
  type OutputVariable,
} from './openfisca/variables.ts';
export {
  allocatePopulation,
  WINDOW,
  EVALUATED_MONTHS,
  PAST_MONTHS,
  YEARLY_SLOTS,
  MONTHLY_RESOURCES,
  YEARLY_RESOURCES,
  type Population,
} from './population.ts';
export { Activite, Housing, Marital, Role } from './entities.ts';
export { HousingAidType } from './benefits/aides-logement/aides-logement.ts';
export { parseMonth, formatMonth, type Month } from './periods.ts';
export {
  valueAt,
  entryAt,
  withParameterSet,
  activeParameterSet,
  PARAMETER_SETS,
  type ParameterSetName,
  type Parameter,
  type DatedValue,
  type LegalSource,
  type UsedParameter,
} from './parameters.ts';
export { renderExplanation, type TraceNode } from './trace.ts';
export { explainSituation, explainTrace, type Explanations } from './explain.ts';
export {
  NEAR_SHARE,
  type Explanation,
  type ExplanationParameter,
  type ExplanationStatus,
  type ExplanationStep,
} from './explanation.ts';
export { frenchEuros } from './french-format.ts';
export { frenchSyllables, kandelMoles, sentenceCount, words } from './readability.ts';
export { zoneOfCommune } from './zones.ts';
export { salaryFromNet } from './salary-from-net.ts';
export {
  catalogueProblems,
  servicePublicUrl,
  type CatalogueEntry,
  type OfficialLink,
} from './catalogue.ts';
export { rsaCatalogue } from './benefits/rsa/rsa-catalogue.ts';
export { primeActiviteCatalogue } from './benefits/prime-activite/prime-activite-catalogue.ts';
export {
  aidesLogementCatalogue,
  housingAidKindLabels,
} from './benefits/aides-logement/aides-logement-catalogue.ts';
export {
  afCatalogue,
  cfCatalogue,
  asfCatalogue,
  pajeBaseCatalogue,
} from './benefits/prestations-familiales/prestations-familiales-catalogue.ts';
export { arsCatalogue } from './benefits/ars/ars-catalogue.ts';
export {
  aahCatalogue,
  aspaCatalogue,
  asiCatalogue,
} from './benefits/handicap-vieillesse/handicap-vieillesse-catalogue.ts';
export { cssCatalogue } from './benefits/css/css-catalogue.ts';
export { chequeEnergieCatalogue } from './benefits/cheque-energie/cheque-energie-catalogue.ts';
export { benefitCatalogue } from './benefit-catalogue.ts';
export { benefitRegistry } from './benefits/registry.ts';
export type { BenefitModule } from './benefit-module.ts';
export { otherAidsCatalogue } from './other-aids-catalogue.ts';
export {
  otherAidProblems,
  pointedOtherAids,
  type OtherAidCondition,
  type OtherAidEntry,
  type OtherAidFacts,
} from './other-aids.ts';
export type { BenefitSummary } from './benefit-list.ts';
export {
  budgetThresholds,
  householdBudget,
  type Budget,
  type BudgetInput,
  type BudgetThresholds,
} from './budget.ts';
export { cssReasons } from './benefits/css/css.ts';
export {
  chequeEnergieReasons,
  revenuFiscalDeReference,
} from './benefits/cheque-energie/cheque-energie.ts';
export { arsReasons } from './benefits/ars/ars.ts';
export { rsaReasons } from './benefits/rsa/rsa.ts';
export { primeActiviteReasons } from './benefits/prime-activite/prime-activite.ts';
export { aidesLogementReasons } from './benefits/aides-logement/aides-logement.ts';
export { ENGINE_VERSION, PARAMETERS_VERSION, PARAMETERS_VERSIONS } from './version.ts';
export {
  benefitIds,
  engineBenefitIds,
  localAidIds,
  otherAidId,
  choosableBenefitIds,
  benefitLabels,
  isBenefitId,
  benefitName,
  type BenefitId,
  type BenefitLabel,
} from './benefit-vocabulary.ts';
export {
  overdueRevaluations,
  revaluationWarnings,
  frenchDate,
  type OverdueRevaluation,
} from './revaluation.ts';
