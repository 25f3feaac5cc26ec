import type { Granularity } from './definitions.ts';

/** The labels of the periods from month `from` to month `to` (`AAAA-MM`), in order. */
export function periodsBetween(from: string, to: string, granularity: Granularity): string[] {
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = to.split('-').map(Number) as [number, number];
  const labels: string[] = [];
  for (let m = fromYear * 12 + fromMonth - 1; m <= toYear * 12 + toMonth - 1; m++) {
    const year = Math.floor(m / 12);
    const month = (m % 12) + 1;
    const label =
      granularity === 'month'
        ? `${year}-${String(month).padStart(2, '0')}`
        : granularity === 'quarter'
          ? `${year}-T${Math.ceil(month / 3)}`
          : String(year);
    if (labels.at(-1) !== label) labels.push(label);
  }
  return labels;
}
