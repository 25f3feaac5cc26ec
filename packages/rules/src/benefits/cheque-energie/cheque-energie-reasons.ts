import { findStep, nearLimit, stepFlag, stepNumber, type Verdict } from '../../explanation.ts';
import { roundEuros } from '../../french-format.ts';
import { ELIGIBLE, IF_INCOME_DROPS, refused, toCheck } from '../../reason-text.ts';
import type { TraceNode } from '../../trace.ts';

/** Why the traced household gets no chèque énergie, read from its trace (`traceChequeEnergie`). */
export function chequeEnergieVerdict(node: TraceNode): Verdict {
  const amount = typeof node.value === 'number' ? node.value : 0;
  const perUnit = stepNumber(node, 'cheque_energie_rfr_par_uc');
  const ceilingValue = findStep(node, 'cheque_energie_rfr_par_uc')?.parameters[0]?.value;
  const ceiling = typeof ceilingValue === 'number' ? ceilingValue : 0;
  const rfr = stepNumber(node, 'rfr');
  const year = findStep(node, 'rfr')?.label.slice(-4) ?? '';
  if (amount > 0) {
    if (!nearLimit(perUnit, ceiling)) return ELIGIBLE;
    return toCheck(
      `Votre revenu fiscal ${year}, divisé selon la taille du foyer, fait ${roundEuros(perUnit)}.`,
      `C’est près du plafond de ${roundEuros(ceiling)}. Vérifiez-le sur votre avis d’impôt.`,
    );
  }
  if (!stepFlag(node, 'cheque_energie_logement'))
    return refused(
      'Le chèque énergie va au logement dont on est locataire ou propriétaire.',
      'Vous êtes hébergé : il va à la personne qui vous loge.',
    );
  const sentences = [
    `Le revenu fiscal ${year} du foyer est de ${roundEuros(rfr)}.`,
    `Divisé selon la taille du foyer, il fait ${roundEuros(perUnit)}, plus que le plafond de ${roundEuros(ceiling)}.`,
  ];
  if (nearLimit(perUnit, ceiling))
    return toCheck(...sentences, 'L’écart est faible : vérifiez-le sur votre avis d’impôt.');
  if (!stepFlag(node, 'rfr_donne'))
    return refused(
      ...sentences,
      'Il est calculé avec vos revenus : vérifiez-le sur votre avis d’impôt.',
    );
  return refused(...sentences, IF_INCOME_DROPS);
}
