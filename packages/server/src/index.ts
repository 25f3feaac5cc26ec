// The public door of @znr/server: what the CLI, the browser tests and later packages use.
export { buildApp, type AppOptions } from './app.ts';
export {
  appendAudit,
  verifyAuditChain,
  type AuditEvent,
  type AuditProblem,
} from './audit/chain.ts';
export { ConfigError, configSchema, configVariables, loadConfig, type Config } from './config.ts';
export {
  describeUrl,
  openDatabase,
  type DatabaseHandle,
  type DatabaseTarget,
} from './db/database.ts';
export {
  currentMigration,
  latestMigration,
  migrateToLatest,
  MigrationError,
} from './db/migrate.ts';
export { openConfiguredDatabase } from './db/open-configured.ts';
export type { AppUser, Database, Membership, Organisation, Territory } from './db/schema.ts';
export { withActor, type Actor } from './db/with-actor.ts';
export { SESSION_COOKIE } from './http/session-cookie.ts';
export { startServer, type RunningServer } from './server.ts';
export { createAdmin, type CreateAdminInput, type CreatedAdmin } from './tenancy/create-admin.ts';
export {
  createOrganisation,
  type CreatedOrganisation,
  type CreateOrganisationInput,
} from './tenancy/create-organisation.ts';
export { DomainError, type DomainErrorKind } from './http/domain-error.ts';
export {
  DEMO_CAF_LOGIN,
  DEMO_ACCOUNTS,
  DEMO_LOGINS,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_TERRITORY_NAME,
  hasDemoTerritory,
  seedDemo,
  type DemoLogin,
  type DemoSeedResult,
  DEMO_AGREEMENT_TITLE,
  DEMO_BAILLEUR_LOGIN,
} from './demo/index.ts';
export {
  indicatorFilters,
  readIndicators,
  type IndicatorReport,
  type IndicatorQuery,
} from './indicators/index.ts';
export {
  listReferralInbox,
  readHousehold,
  searchHouseholds,
  type HouseholdSearch,
  purgeExpiredHouseholds,
  type PurgeReport,
  remindWaitingReferrals,
  type ReminderReport,
} from './suivi/index.ts';
export {
  purgeAgreementData,
  type AgreementPurgeReport,
  buildLinkedRun,
  sampleClusters,
  type FixtureRow,
  type LinkedRun,
  detect,
  type Candidate,
  mergeCluster,
  type ClusterMember,
  type MergedRecord,
  defaultSettings,
  detectionRules,
  type DetectionRule,
  type DetectionSettings,
  importFileAs,
  type FileImportResult,
  scanPartnerFile,
  type ScanResult,
} from './reperage/index.ts';
export {
  organisationTypeLabels,
  organisationTypes,
  type OrganisationType,
} from './tenancy/organisation-types.ts';
export { roleLabels, roles, type Role } from './tenancy/roles.ts';
export {
  buildOrganisation,
  buildTerritory,
  buildUser,
  TEST_PASSWORD,
  type BuiltUser,
} from './test/factories.ts';
export { startTestServer, type TestServer, type TestServerOptions } from './test/test-server.ts';
// Each feature's tables, added to Database by declaration merging, travel with their feature's door.
export type { HouseholdTable } from './suivi/index.ts';
export type { BlockageTable } from './pilotage/index.ts';
export type { OutreachCandidateTable, PartnerImportTable } from './reperage/index.ts';
