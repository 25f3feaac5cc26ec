import type { OpenFiscaSituation } from '@znr/rules';

// "Re-run with today's law" computes the saved situation for the current month. The engine reads
// resources relative to the month computed (the last three months, the last twelve, year N-2), so
// every dated value moves with it: a month key by the same number of months, a year key by the
// same number of years. A birth date is a value, not a key, so the people get older, as they did.

function shiftMonth(key: string, months: number): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function shiftKey(key: string, months: number, years: number): string {
  if (/^[0-9]{4}-[0-9]{2}$/.test(key)) return shiftMonth(key, months);
  if (/^[0-9]{4}$/.test(key)) return String(Number(key) + years);
  return key;
}

function shiftVariables(
  entity: Record<string, unknown>,
  months: number,
  years: number,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [variable, value] of Object.entries(entity)) {
    // Role lists (parents, enfants…) are arrays; variables are objects keyed by period.
    out[variable] =
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(
            Object.entries(value).map(([key, v]) => [shiftKey(key, months, years), v]),
          )
        : value;
  }
  return out;
}

function shiftEntities(
  entities: Record<string, Record<string, unknown>> | undefined,
  months: number,
  years: number,
): Record<string, Record<string, unknown>> | undefined {
  if (entities === undefined) return undefined;
  return Object.fromEntries(
    Object.entries(entities).map(([id, entity]) => [id, shiftVariables(entity, months, years)]),
  );
}

/** The number of months from `from` to `to`, both `AAAA-MM`. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return ty * 12 + tm - (fy * 12 + fm);
}

/** The situation saved for month `from`, with every dated value moved to month `to`. */
export function shiftSituation(
  situation: OpenFiscaSituation,
  from: string,
  to: string,
): OpenFiscaSituation {
  const months = monthsBetween(from, to);
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  const shifted: OpenFiscaSituation = {
    individus: shiftEntities(situation.individus, months, years) ?? {},
  };
  for (const group of ['familles', 'foyers_fiscaux', 'menages'] as const) {
    const entities = shiftEntities(situation[group], months, years);
    if (entities !== undefined) shifted[group] = entities;
  }
  return shifted;
}
