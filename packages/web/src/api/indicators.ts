// The indicators of /api/pilotage/indicators (docs/indicators.md).
import { apiRequest } from './client.ts';
import type { ApiQuery, ApiResponse } from './contract.ts';

/** What the dashboard asks; empty filters are left out. */
export type IndicatorParams = ApiQuery<'/api/pilotage/indicators', 'get'> &
  Required<Pick<ApiQuery<'/api/pilotage/indicators', 'get'>, 'from' | 'to' | 'period'>>;

export type Granularity = IndicatorParams['period'];
export type Breakdown = NonNullable<IndicatorParams['by']>;

export type IndicatorReport = ApiResponse<'/api/pilotage/indicators', 'get'>;

export type IndicatorValue = IndicatorReport['indicators'][number]['values'][number];

export type IndicatorFilters = ApiResponse<'/api/pilotage/indicators/filters', 'get'>;

/** The key of the totals. */
export const TOTAL_KEY = '*';

/** The query string of `params` (and `extra`), without the empty ones. */
export function indicatorSearch(
  params: IndicatorParams,
  extra: Record<string, string> = {},
): string {
  const entries = Object.entries({ ...params, ...extra }).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
  );
  return new URLSearchParams(entries).toString();
}

export function fetchIndicators(params: IndicatorParams): Promise<IndicatorReport> {
  return apiRequest('GET', `/api/pilotage/indicators?${indicatorSearch(params)}`);
}

export function fetchIndicatorFilters(): Promise<IndicatorFilters> {
  return apiRequest('GET', '/api/pilotage/indicators/filters');
}

/** Where the export of `params` in `format` downloads from. */
export function indicatorExportUrl(
  params: IndicatorParams,
  format: 'csv' | 'xlsx' | 'json',
): string {
  return `/api/pilotage/indicators/export?${indicatorSearch(params, { format })}`;
}
