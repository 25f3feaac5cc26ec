import { stepNumber, type Verdict } from '../../explanation.ts';
import { overCeiling, refused, underCeiling } from '../../reason-text.ts';
import type { TraceNode } from '../../trace.ts';

/** Why the traced famille gets no allocation de rentrée scolaire, read from its trace (`traceArs`). */
export function arsVerdict(node: TraceNode, year: number): Verdict {
  const amount = typeof node.value === 'number' ? node.value : 0;
  const resources = stepNumber(node, 'ars_base_ressources');
  // Above the ceiling the allocation shrinks by the excess: the right ends at ceiling + amount.
  const limit = stepNumber(node, 'ars_plafond') + stepNumber(node, 'ars_montant_plein');
  const what = `Les ressources du foyer en ${year}`;
  if (amount > 0) return underCeiling(what, resources, limit);
  if (stepNumber(node, 'ars_taux') === 0) {
    const children = stepNumber(node, 'ars_enfants');
    const rentree = node.period.slice(0, 4);
    return children === 0
      ? refused(
          'L’allocation de rentrée scolaire aide pour les enfants de 6 à 18 ans.',
          'Votre foyer n’a pas d’enfant.',
        )
      : refused(
          `Aucun de vos enfants n’aura entre 6 et 18 ans à la rentrée ${rentree}, ou n’est à charge.`,
          'À revoir à la rentrée suivante.',
        );
  }
  return overCeiling(what, resources, limit);
}
