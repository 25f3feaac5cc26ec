import type { Migration } from 'kysely';
import * as tenancy from './0001-tenancy.ts';
import * as appRole from './0002-app-role.ts';
import * as suivi from './0003-suivi.ts';
import * as retention from './0004-retention.ts';
import * as sharedSets from './0005-shared-sets.ts';
import * as pilotageNetwork from './0006-pilotage-network.ts';
import * as pilotageIndicators from './0007-pilotage-indicators.ts';
import * as reperageData from './0008-reperage-data.ts';
import * as reperageOutreach from './0009-reperage-outreach.ts';
import * as suiviTasks from './0010-suivi-tasks.ts';
import * as bilanClientId from './0012-bilan-client-id.ts';
import * as indicatorRollups from './0013-indicator-rollups.ts';
import * as indicatorDelayRollup from './0014-indicator-delay-rollup.ts';
import * as suiviSpeed from './0015-suivi-speed.ts';
import * as suiviFollowUpHistory from './0016-suivi-follow-up-history.ts';
import * as agreementRetention from './0017-agreement-retention.ts';
import * as indicatorMonthRefresh from './0018-indicator-month-refresh.ts';
import * as reperageIdsHistory from './0021-reperage-ids-history.ts';
import * as indicatorCellRefresh from './0022-indicator-cell-refresh.ts';
import * as indicatorNationalRollups from './0023-indicator-national-rollups.ts';
import * as benefitVocabulary from './0024-benefit-vocabulary.ts';

/**
 * Every migration, in order. A static list rather than a folder scan, so that it works the same
 * under tsx, Vitest and any bundler. Forward only: a released migration is never edited; a change
 * is a new entry at the end, named with the next number.
 */
export const migrations: Record<string, Migration> = {
  '0001-tenancy': tenancy,
  '0002-app-role': appRole,
  '0003-suivi': suivi,
  '0004-retention': retention,
  '0005-shared-sets': sharedSets,
  '0006-pilotage-network': pilotageNetwork,
  '0007-pilotage-indicators': pilotageIndicators,
  '0008-reperage-data': reperageData,
  '0009-reperage-outreach': reperageOutreach,
  '0010-suivi-tasks': suiviTasks,
  '0012-bilan-client-id': bilanClientId,
  '0013-indicator-rollups': indicatorRollups,
  '0014-indicator-delay-rollup': indicatorDelayRollup,
  '0015-suivi-speed': suiviSpeed,
  '0016-suivi-follow-up-history': suiviFollowUpHistory,
  '0017-agreement-retention': agreementRetention,
  '0018-indicator-month-refresh': indicatorMonthRefresh,
  '0021-reperage-ids-history': reperageIdsHistory,
  '0022-indicator-cell-refresh': indicatorCellRefresh,
  '0023-indicator-national-rollups': indicatorNationalRollups,
  '0024-benefit-vocabulary': benefitVocabulary,
};
