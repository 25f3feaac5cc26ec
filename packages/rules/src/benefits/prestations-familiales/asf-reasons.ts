import { stepFlag, stepNumber, type Verdict } from '../../explanation.ts';
import { frenchEuros } from '../../french-format.ts';
import { ELIGIBLE, refused } from '../../reason-text.ts';
import type { TraceNode } from '../../trace.ts';

/** Why the traced famille gets no allocation de soutien familial, read from its trace (`traceAsf`). */
export function asfVerdict(node: TraceNode): Verdict {
  if (typeof node.value === 'number' && node.value > 0) return ELIGIBLE;
  const children = stepNumber(node, 'asf_nb_enfants');
  if (children === 0)
    return refused(
      'L’ASF aide à élever un enfant de moins de 20 ans.',
      'Votre foyer n’a pas d’enfant à charge de cet âge.',
    );
  if (!stepFlag(node, 'asf_parent_isole'))
    return refused(
      'L’ASF aide un parent qui élève seul ses enfants.',
      'Vous vivez en couple.',
      'À revoir en cas de séparation.',
    );
  const gross = stepNumber(node, 'asf_montant_enfants');
  const alimony = stepNumber(node, 'asf_pensions_alimentaires');
  if (alimony >= gross)
    return refused(
      `La pension alimentaire reçue, ${frenchEuros(alimony)} par mois, dépasse l’ASF de ${frenchEuros(gross)} pour vos enfants.`,
      'À revoir si la pension n’est plus payée.',
    );
  return refused(
    `Après la pension reçue, l’ASF serait de ${frenchEuros(gross - alimony)} : c’est sous le seuil de versement.`,
    'À revoir si la pension baisse.',
  );
}
