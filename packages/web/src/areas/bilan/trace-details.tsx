import type { TraceNode } from '@znr/rules';
import { formatEuros } from './benefit-results.ts';

const UNIT_WORDS: Record<NonNullable<TraceNode['unit']>, string> = {
  taux: '',
  ans: ' ans',
  mois: ' mois',
  heures: ' heures',
  nombre: '',
  'SMIC horaire': ' Smic horaires',
  BMAF: ' BMAF',
};

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const monthFormat = new Intl.DateTimeFormat('fr-FR', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A step's month in words (« juin 2026 »), never as `2026-06`. */
export function monthWords(period: string): string {
  const [year, month] = period.split('-').map(Number);
  if (!year || !month) return period;
  return monthFormat.format(new Date(Date.UTC(year, month - 1, 1)));
}

/** A step's value: euros, or a count, an age, a rate (as a percentage) when the step says so. */
function formatValue(value: TraceNode['value'], unit?: TraceNode['unit']): string {
  if (typeof value === 'number' && unit === 'taux') return `${numberFormat.format(value * 100)} %`;
  if (typeof value === 'number' && unit) return `${numberFormat.format(value)}${UNIT_WORDS[unit]}`;
  if (typeof value === 'number') return formatEuros(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return value;
}

/** A legal parameter's value in French: euros with their period, rates as percentages. */
export function parameterValue(value: number | string, unit: string): string {
  if (typeof value !== 'number') return value;
  switch (unit) {
    case 'EUR/mois':
      return `${formatEuros(value)} par mois`;
    case 'EUR/an':
      return `${formatEuros(value)} par an`;
    case 'EUR':
      return formatEuros(value);
    case 'taux':
      return `${numberFormat.format(value * 100)} %`;
    default:
      return formatValue(value, unit as TraceNode['unit']);
  }
}

/** The engine's trace as nested lists: each step, its value, its parameters and their sources. */
export function TraceDetails({ node }: { node: TraceNode }) {
  return (
    <ul className="znr-trace">
      <li>
        <span>
          {node.label} ({monthWords(node.period)}) :{' '}
          <strong>{formatValue(node.value, node.unit)}</strong>
        </span>
        {node.parameters.length > 0 && (
          <ul>
            {node.parameters.map((parameter) => (
              <li key={parameter.name} className="fr-text--sm">
                {parameter.name} : {parameterValue(parameter.value, parameter.unit)} —{' '}
                <a href={parameter.source.url} target="_blank" rel="noreferrer">
                  {parameter.source.title}
                </a>
              </li>
            ))}
          </ul>
        )}
        {node.children.map((child, index) => (
          <TraceDetails key={`${child.variable}-${child.period}-${index}`} node={child} />
        ))}
      </li>
    </ul>
  );
}
