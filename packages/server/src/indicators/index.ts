// The public door of the indicators feature: what the rest of the server may use of it.
export { indicatorFilters } from './filters.ts';
export type { IndicatorQuery } from './query.ts';
export { type IndicatorReport, readIndicators } from './report.ts';
export { indicatorRoutes } from './routes.ts';
