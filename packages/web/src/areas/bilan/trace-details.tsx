import type { TraceNode } from '@znr/rules';
import { formatEuros } from './benefit-results.ts';

function formatValue(value: TraceNode['value']): string {
  if (typeof value === 'number') return formatEuros(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return value;
}

/** The engine's trace as nested lists: each step, its value, its parameters and their sources. */
export function TraceDetails({ node }: { node: TraceNode }) {
  return (
    <ul className="znr-trace">
      <li>
        <span>
          {node.label} ({node.period}) : <strong>{formatValue(node.value)}</strong>
        </span>
        {node.parameters.length > 0 && (
          <ul>
            {node.parameters.map((parameter) => (
              <li key={parameter.name} className="fr-text--sm">
                {parameter.name} = {parameter.value} ({parameter.unit}) —{' '}
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
