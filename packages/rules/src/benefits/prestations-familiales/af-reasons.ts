import { stepNumber, type Verdict } from '../../explanation.ts';
import { ELIGIBLE, refused } from '../../reason-text.ts';
import type { TraceNode } from '../../trace.ts';

/** Why the traced famille gets no allocations familiales, read from its trace (`traceAf`). */
export function afVerdict(node: TraceNode): Verdict {
  if (typeof node.value === 'number' && node.value > 0) return ELIGIBLE;
  const dependants = stepNumber(node, 'af_nb_enfants');
  const children = stepNumber(node, 'af_enfants');
  if (children === 0)
    return refused(
      'Les allocations familiales sont versées à partir de 2 enfants à charge.',
      'Votre foyer n’a pas d’enfant.',
      'À revoir à une naissance ou une adoption.',
    );
  if (dependants === 0)
    return refused(
      `Votre foyer compte ${children} enfant${children > 1 ? 's' : ''}, mais aucun n’est à charge pour la CAF.`,
      'Un enfant n’est plus à charge à 20 ans, ou s’il gagne plus de 55 % du Smic.',
    );
  return refused(
    'Les allocations familiales sont versées à partir de 2 enfants à charge.',
    `Votre foyer en compte ${dependants}.`,
    'À revoir à l’arrivée d’un autre enfant.',
  );
}
