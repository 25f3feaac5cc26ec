import { stepFlag, stepNumber, type Verdict } from '../../explanation.ts';
import { countOf } from '../../french-format.ts';
import { overCeiling, refused, underCeiling } from '../../reason-text.ts';
import type { TraceNode } from '../../trace.ts';

/** Why the traced famille gets no PAJE allocation de base, read from its trace (`tracePajeBase`). */
export function pajeBaseVerdict(node: TraceNode, year: number): Verdict {
  const amount = typeof node.value === 'number' ? node.value : 0;
  const resources = stepNumber(node, 'paje_base_ressources');
  const ceiling = stepNumber(node, 'paje_plafond_taux_partiel');
  const what = `Les ressources du foyer en ${year}`;
  if (amount > 0) return underCeiling(what, resources, ceiling);
  if (!stepFlag(node, 'paje_enfant_moins_3_ans')) {
    const youngest = stepNumber(node, 'paje_age_plus_jeune');
    return refused(
      'La PAJE de base aide pour un enfant de moins de 3 ans.',
      youngest < 0
        ? 'Votre foyer n’a pas d’enfant.'
        : `Votre plus jeune enfant a ${countOf(youngest, 'an')}.`,
      'À revoir à une naissance ou une adoption.',
    );
  }
  return overCeiling(what, resources, ceiling);
}
