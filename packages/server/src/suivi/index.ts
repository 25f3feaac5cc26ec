// The public door of the suivi feature: what the rest of the server may use of it.
export { bilanSyncRoute } from './bilans/bilan-sync-route.ts';
export { recordConsent } from './consents/record-consent.ts';
export { purgeExpiredHouseholds, type PurgeReport } from './gdpr/erase-households.ts';
export { caseFileRoutes } from './households/case-file-routes.ts';
export { createHousehold, type PersonInput } from './households/create-household.ts';
export { householdItemReadRoutes } from './households/item-read-routes.ts';
export { householdItemRoutes } from './households/item-routes.ts';
export { readHousehold } from './households/read-household.ts';
export { householdRoutes } from './households/routes.ts';
export { type HouseholdSearch, searchHouseholds } from './households/search-households.ts';
export { answerReferral, type ReferralAnswer } from './referrals/answer-referral.ts';
export { listReferralInbox } from './referrals/list-referral-inbox.ts';
export { referralMessageRoutes } from './referrals/message-routes.ts';
export { referHousehold } from './referrals/refer-household.ts';
export {
  type ReminderReport,
  remindWaitingReferrals,
} from './referrals/remind-waiting-referrals.ts';
export { referralRoutes } from './referrals/routes.ts';
export { openRight, updateRight } from './rights/follow-right.ts';
export { taskRoutes } from './tasks/routes.ts';
export {
  type ClosureReason,
  referralStatuses,
  type RightStage,
  rightStages,
} from './vocabulary.ts';
// The tables this feature adds to the kernel's Database (declare module): exported so that every
// program that imports @znr/server, through its declaration files too, sees them.
export type { HouseholdTable } from './tables.ts';
