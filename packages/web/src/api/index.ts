export { ApiError, type FieldIssue } from './api-error.ts';
export * from './session.ts';
export * from './suivi.ts';
export * from './suivi-tasks.ts';
export * from './case-file.ts';
export * from './indicators.ts';
export * from './pilotage-network.ts';
export * from './reperage-outreach.ts';
export * from './reperage-data.ts';
