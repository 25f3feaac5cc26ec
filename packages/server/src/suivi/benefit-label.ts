import { benefitCatalogue } from '@znr/rules';

/**
 * The French name of an engine benefit id: the catalogue's label ("Revenu de solidarité active
 * (RSA)"), or with `short` its acronym when it has one ("RSA"). An unknown id is shown as is.
 */
export function benefitLabel(id: string, short = false): string {
  const label = benefitCatalogue.find((entry) => entry.id === id)?.label;
  if (label === undefined) return id.toUpperCase();
  const acronym = /\(([^)]+)\)$/.exec(label)?.[1];
  return short && acronym !== undefined ? acronym : label;
}
