// The indicators of /api/pilotage/indicators (docs/indicators.md).
import { apiRequest } from './client.ts';

export type Granularity = 'month' | 'quarter' | 'year';
export type Breakdown =
  'territory' | 'quartier' | 'organisation' | 'actionType' | 'benefit' | 'rule';

/** What the dashboard asks; empty filters are left out. */
export interface IndicatorParams {
  from: string;
  to: string;
  period: Granularity;
  by?: Breakdown | undefined;
  territoryId?: string | undefined;
  quartier?: string | undefined;
  organisationId?: string | undefined;
  actionType?: string | undefined;
}

export interface IndicatorValue {
  period: string;
  key: string;
  value: number | null;
  suppressed?: 'primaire' | 'secondaire';
}

export interface IndicatorReport {
  periods: string[];
  keys: { key: string; label: string }[];
  indicators: {
    code: string;
    label: string;
    unit: string;
    applicable: boolean;
    values: IndicatorValue[];
  }[];
}

export interface IndicatorFilters {
  scope: 'territoire' | 'national';
  territories: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
  quartiers: string[];
  actionTypes: { id: string; label: string }[];
  benefits: { id: string; label: string }[];
}

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
