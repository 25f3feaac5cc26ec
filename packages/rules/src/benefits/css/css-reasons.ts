import { nearLimit, stepFlag, stepNumber, type Verdict } from '../../explanation.ts';
import { roundEuros } from '../../french-format.ts';
import { ELIGIBLE, IF_INCOME_DROPS, refused, toCheck } from '../../reason-text.ts';
import type { TraceNode } from '../../trace.ts';

/** Why the traced famille gets no Complémentaire santé solidaire, read from its trace (`traceCss`). */
export function cssVerdict(node: TraceNode): Verdict {
  const resources = stepNumber(node, 'css_base_ressources');
  const free = stepNumber(node, 'css_plafond');
  const paid = stepNumber(node, 'css_plafond_participation');
  if (node.value === 'gratuite') {
    if (stepNumber(node, 'css_rsa') > 0 || !nearLimit(resources, free)) return ELIGIBLE;
    return toCheck(
      `Vos ressources des 12 derniers mois, ${roundEuros(resources)}, sont proches du plafond de la CSS gratuite, ${roundEuros(free)}.`,
      'Au-dessus, elle coûte un peu chaque mois.',
    );
  }
  if (node.value === 'avec_participation') {
    if (!nearLimit(resources, paid)) return ELIGIBLE;
    return toCheck(
      `Vos ressources des 12 derniers mois, ${roundEuros(resources)}, sont proches du plafond de ${roundEuros(paid)}.`,
      'Une petite hausse de revenus peut supprimer ce droit.',
    );
  }
  if (stepFlag(node, 'css_rattache'))
    return refused(
      'Vous avez moins de 25 ans et vos parents vous aident : vous êtes couvert par leur CSS.',
      'Voyez avec eux.',
    );
  const sentence = `Vos ressources des 12 derniers mois, ${roundEuros(resources)}, dépassent le plafond de ${roundEuros(paid)} pour votre foyer.`;
  return nearLimit(resources, paid)
    ? toCheck(sentence, 'L’écart est faible : vérifiez vos revenus.')
    : refused(sentence, IF_INCOME_DROPS);
}
