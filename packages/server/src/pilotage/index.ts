// The public door of the pilotage feature: what the rest of the server may use of it.
export type { DiService, DiStructure } from './network/data-inclusion.ts';
export { serviceColumns, structureColumns } from './network/records.ts';
export { pilotageNetworkRoutes } from './routes.ts';
export {
  ageBands,
  type BlockageStatus,
  blockageStatuses,
  type OutreachType,
  outreachTypeLabels,
  outreachTypes,
  sexes,
} from './vocabulary.ts';
