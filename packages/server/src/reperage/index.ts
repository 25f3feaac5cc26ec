// The public door of the reperage feature: what the rest of the server may use of it.
export { createAgreement, setAgreementStatus, todayInFrance } from './agreements.ts';
export { type Candidate, detect } from './detection/detect.ts';
export { type ClusterMember, mergeCluster, type MergedRecord } from './detection/merge-cluster.ts';
export {
  defaultSettings,
  type DetectionRule,
  detectionRules,
  type DetectionSettings,
} from './detection/rules.ts';
export { CANONICAL_FIELD_NAMES } from './fields.ts';
export { buildLinkedRun, type FixtureRow, type LinkedRun, sampleClusters } from './fixtures.ts';
export { type FileImportResult, importFileAs } from './import-file.ts';
export { createImport } from './imports.ts';
export { reperageJobHandlers } from './job-handlers.ts';
export { createLinkageRun } from './linkage-runs.ts';
export { outreachRoutes } from './outreach/routes.ts';
export { partnerCsv } from './partner-csv.ts';
export { type AgreementPurgeReport, purgeAgreementData } from './purge-agreement-data.ts';
export { reperageRoutes } from './routes.ts';
export { scanPartnerFile, type ScanResult } from './scan-file.ts';
export { previewFile, purgeAbandonedUploads, storeUpload, uploadFolder } from './uploads.ts';
// The tables this feature adds to the kernel's Database (declare module): exported so that every
// program that imports @znr/server, through its declaration files too, sees them.
export type { OutreachCandidateTable } from './outreach/tables.ts';
export type { PartnerImportTable } from './tables.ts';
