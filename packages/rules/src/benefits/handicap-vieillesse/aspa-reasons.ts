import { findStep, stepFlag, stepNumber, type Verdict } from '../../explanation.ts';
import { overCeiling, refused, underCeiling } from '../../reason-text.ts';
import type { TraceNode } from '../../trace.ts';

/** Why the traced famille gets no ASPA, read from its trace (`traceAspaAsi`). */
export function aspaVerdict(node: TraceNode): Verdict {
  const amount = typeof node.value === 'number' ? node.value : 0;
  const resources = stepNumber(node, 'aspa_base_ressources');
  const ceiling = stepNumber(node, 'aspa_plafond');
  const what = 'Les ressources du foyer par mois';
  if (amount > 0) return underCeiling(what, resources, ceiling);
  if (!stepFlag(node, 'aspa_condition_age')) {
    const ageStep = findStep(node, 'aspa_age');
    const minimum = ageStep?.parameters[0]?.value ?? 65;
    const age = stepNumber(node, 'aspa_age');
    return refused(
      `L’ASPA est versée à partir de ${minimum} ans.`,
      `La personne la plus âgée du foyer a ${age} ans.`,
      'À revoir à cet âge.',
    );
  }
  return overCeiling(what, resources, ceiling);
}
