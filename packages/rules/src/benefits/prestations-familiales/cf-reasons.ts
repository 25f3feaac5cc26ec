import { stepNumber, type Verdict } from '../../explanation.ts';
import { frenchEuros } from '../../french-format.ts';
import { overCeiling, refused, underCeiling } from '../../reason-text.ts';
import type { TraceNode } from '../../trace.ts';

/** Why the traced famille gets no complément familial, read from its trace (`traceCf`). */
export function cfVerdict(node: TraceNode, year: number): Verdict {
  const amount = typeof node.value === 'number' ? node.value : 0;
  const children = stepNumber(node, 'cf_nb_enfants');
  const resources = stepNumber(node, 'cf_base_ressources');
  const ceiling = stepNumber(node, 'cf_plafond');
  const what = `Les ressources du foyer en ${year}`;
  if (amount > 0) return underCeiling(what, resources, ceiling);
  if (children < 3)
    return refused(
      'Le complément familial demande 3 enfants à charge de 3 ans ou plus.',
      children === 0 ? 'Votre foyer n’en a pas.' : `Votre foyer en compte ${children}.`,
    );
  const paje = stepNumber(node, 'cf_paje_base');
  if (paje > 0 && stepNumber(node, 'cf_non_majore') + stepNumber(node, 'cf_majore') > 0)
    return refused(
      `Il ne s’ajoute pas à la PAJE de base, ${frenchEuros(paje)} par mois, versée à sa place.`,
    );
  return overCeiling(what, resources, ceiling);
}
