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
// The tables this feature adds to the kernel's Database (declare module): exported so that every
// program that imports @znr/server, through its declaration files too, sees them.
export type { BlockageTable } from './tables.ts';
