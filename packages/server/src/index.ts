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
export { DEMO_CAF_LOGIN } from './demo/seed-demo-cases.ts';
export { indicatorFilters } from './indicators/filters.ts';
export { readIndicators, type IndicatorReport } from './indicators/report.ts';
export type { IndicatorQuery } from './indicators/query.ts';
export { listReferralInbox } from './suivi/referrals/list-referral-inbox.ts';
export { readHousehold } from './suivi/households/read-household.ts';
export { searchHouseholds, type HouseholdSearch } from './suivi/households/search-households.ts';
export { purgeExpiredHouseholds, type PurgeReport } from './suivi/gdpr/erase-households.ts';
export { purgeAgreementData, type AgreementPurgeReport } from './reperage/purge-agreement-data.ts';
export {
  remindWaitingReferrals,
  type ReminderReport,
} from './suivi/referrals/remind-waiting-referrals.ts';
export {
  DEMO_ACCOUNTS,
  DEMO_LOGINS,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_TERRITORY_NAME,
  hasDemoTerritory,
  seedDemo,
  type DemoLogin,
  type DemoSeedResult,
} from './demo/seed-demo.ts';
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
export {
  buildLinkedRun,
  sampleClusters,
  type FixtureRow,
  type LinkedRun,
} from './reperage/fixtures.ts';
export { detect, type Candidate } from './reperage/detection/detect.ts';
export {
  mergeCluster,
  type ClusterMember,
  type MergedRecord,
} from './reperage/detection/merge-cluster.ts';
export {
  defaultSettings,
  detectionRules,
  type DetectionRule,
  type DetectionSettings,
} from './reperage/detection/rules.ts';
export { importFileAs, type FileImportResult } from './reperage/import-file.ts';
export { scanPartnerFile, type ScanResult } from './reperage/scan-file.ts';
export { DEMO_AGREEMENT_TITLE, DEMO_BAILLEUR_LOGIN } from './demo/seed-demo-reperage.ts';
