import type { UsedParameter } from './parameters.ts';

/**
 * One step of a computation: the variable, its value for the traced household, the parameters
 * it used with their legal sources, and the steps it was computed from. The French explanation,
 * the social worker's detail and the CLI debug output are all renderings of this tree.
 */
export interface TraceNode {
  variable: string;
  /** French label of the step, as shown to people. */
  label: string;
  period: string;
  value: number | boolean | string;
  parameters: UsedParameter[];
  children: TraceNode[];
}

/**
 * Collects trace nodes for one household of a batch. Formulas receive `Tracer | undefined`:
 * when tracing is off they skip every trace statement, so the trace costs nothing.
 */
export class Tracer {
  readonly roots: TraceNode[] = [];

  /** @param index the household (famille row) whose computation is recorded. */
  constructor(readonly index: number) {}

  /** Records a step and returns it so callers can nest children under it. */
  step(
    variable: string,
    label: string,
    period: string,
    value: TraceNode['value'],
    parameters: UsedParameter[] = [],
    children: TraceNode[] = [],
  ): TraceNode {
    return { variable, label, period, value, parameters, children };
  }

  /** Adds a finished top-level node (one per benefit). */
  add(node: TraceNode): void {
    this.roots.push(node);
  }
}

// One formatter for all renderings: building one per call costs more than the whole simulation.
const euros = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

function formatValue(value: TraceNode['value']): string {
  if (typeof value === 'number') return `${euros.format(value)} €`;
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return value;
}

/** Renders a trace tree as indented French text, each step with its value and sources. */
export function renderExplanation(node: TraceNode, depth = 0): string {
  const indent = '  '.repeat(depth);
  const lines = [`${indent}- ${node.label} : ${formatValue(node.value)}`];
  for (const p of node.parameters) {
    lines.push(`${indent}    · ${p.name} = ${p.value} (${p.unit}) — ${p.source.title}`);
  }
  for (const child of node.children) lines.push(renderExplanation(child, depth + 1));
  return lines.join('\n');
}
