import { sql, type RawBuilder } from 'kysely';

/**
 * A `date` column as `YYYY-MM-DD` text: the drivers would otherwise turn it into a Date at local
 * midnight, which shifts the day in some time zones.
 */
export function isoDate(column: string): RawBuilder<string | null> {
  return sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
}
