import { findStep, stepFlag, stepNumber, type Verdict } from '../../explanation.ts';
import { overCeiling, refused, underCeiling } from '../../reason-text.ts';
import type { TraceNode } from '../../trace.ts';

/** Why the traced famille gets no ASI, read from its trace (`traceAspaAsi`). */
export function asiVerdict(node: TraceNode): Verdict {
  const amount = typeof node.value === 'number' ? node.value : 0;
  const resources = stepNumber(node, 'asi_base_ressources');
  const ceiling = stepNumber(node, 'asi_plafond');
  const what = 'Les ressources du foyer par mois';
  if (amount > 0) return underCeiling(what, resources, ceiling);
  if (!stepFlag(node, 'asi_condition')) {
    const aspaAge = findStep(node, 'asi_age')?.parameters[0]?.value ?? 65;
    if (stepNumber(node, 'asi_age') >= Number(aspaAge))
      return refused(
        `À partir de ${aspaAge} ans, c’est l’ASPA qui prend le relais de l’ASI.`,
        'Voyez le résultat de l’ASPA.',
      );
    return refused('L’ASI complète une pension d’invalidité.', 'Votre foyer n’en reçoit pas.');
  }
  if (resources < ceiling)
    return refused(
      'Dans votre couple, l’un a l’âge de l’ASPA : le couple reçoit alors l’ASPA, qui remplace l’ASI.',
    );
  return overCeiling(what, resources, ceiling);
}
