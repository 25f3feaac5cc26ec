import type { ParameterUnit, UsedParameter } from './parameters.ts';

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
  /** What a number counts when it is not euros: persons, years, a rate (absent: euros). */
  unit?: Exclude<ParameterUnit, 'EUR/mois' | 'EUR/an' | 'EUR'>;
  parameters: UsedParameter[];
  children: TraceNode[];
}

/**
 * Collects trace nodes for one household of a batch. Formulas receive `Tracer | undefined`:
 * when tracing is off they skip every trace statement, so the trace costs nothing.
 */
export class Tracer {
  readonly roots: TraceNode[] = [];
  /** Steps waiting for their parent, by key: one per individu before the famille's total. */
  private readonly pending = new Map<string, TraceNode[]>();

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
    unit?: TraceNode['unit'],
  ): TraceNode {
    return unit
      ? { variable, label, period, value, unit, parameters, children }
      : { variable, label, period, value, parameters, children };
  }

  /** Keeps a step until its parent is built (`take`). */
  hold(key: string, node: TraceNode): void {
    const list = this.pending.get(key);
    if (list) list.push(node);
    else this.pending.set(key, [node]);
  }

  /** The steps held under `key`, in order, removed from the tracer. */
  take(key: string): TraceNode[] {
    const list = this.pending.get(key) ?? [];
    this.pending.delete(key);
    return list;
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

const plain = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 4 });

function formatValue(value: TraceNode['value'], unit?: TraceNode['unit']): string {
  if (typeof value === 'number')
    return unit ? `${plain.format(value)} (${unit})` : `${euros.format(value)} €`;
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return value;
}

/** Renders a trace tree as indented French text, each step with its value and sources. */
export function renderExplanation(node: TraceNode, depth = 0): string {
  const indent = '  '.repeat(depth);
  const lines = [`${indent}- ${node.label} : ${formatValue(node.value, node.unit)}`];
  for (const p of node.parameters) {
    lines.push(`${indent}    · ${p.name} = ${p.value} (${p.unit}) — ${p.source.title}`);
  }
  for (const child of node.children) lines.push(renderExplanation(child, depth + 1));
  return lines.join('\n');
}
