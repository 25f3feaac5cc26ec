import { findStep, nearLimit, stepFlag, stepNumber, type Verdict } from '../../explanation.ts';
import { frenchEuros, roundEuros } from '../../french-format.ts';
import { ELIGIBLE, IF_INCOME_DROPS, refused, toCheck } from '../../reason-text.ts';
import type { TraceNode } from '../../trace.ts';

/** Why the traced famille gets no RSA, read from its trace (`traceRsa`). */
export function rsaVerdict(node: TraceNode): Verdict {
  const amount = typeof node.value === 'number' ? node.value : 0;
  const guaranteed = Math.max(stepNumber(node, 'rsa_socle'), stepNumber(node, 'rsa_socle_majore'));
  const housing = stepNumber(node, 'rsa_forfait_logement');
  const resources = stepNumber(node, 'rsa_base_ressources');
  const limit = guaranteed - housing;
  if (amount > 0) {
    if (!nearLimit(resources, limit)) return ELIGIBLE;
    return toCheck(
      `Vos ressources des trois derniers mois, ${roundEuros(resources)} par mois, sont proches du montant garanti de ${roundEuros(limit)}.`,
      'Une petite hausse de revenus peut supprimer ce droit.',
    );
  }
  if (!stepFlag(node, 'rsa_condition_age')) {
    const minimum = findStep(node, 'rsa_age')?.parameters[0]?.value ?? 25;
    return refused(
      `Le RSA est versé à partir de ${minimum} ans, ou plus tôt avec un enfant à charge.`,
      stepNumber(node, 'rsa_parents') === 2
        ? `Le plus âgé de vous deux a ${stepNumber(node, 'rsa_age')} ans.`
        : `Vous avez ${stepNumber(node, 'rsa_age')} ans.`,
      'La prime d’activité ou le contrat d’engagement jeune peuvent vous aider.',
    );
  }
  if (!stepFlag(node, 'rsa_condition_etudiant'))
    return refused(
      'Les étudiants n’ont pas droit au RSA, sauf s’ils élèvent seuls un jeune enfant.',
      'À revoir à la fin des études.',
    );
  if (limit - resources > 0) {
    const threshold = Number(node.parameters[0]?.value ?? 0);
    return refused(
      `Le RSA calculé, ${frenchEuros(limit - resources)}, est sous le seuil de versement de ${frenchEuros(threshold)}.`,
      IF_INCOME_DROPS,
    );
  }
  const sentence = `Vos ressources des trois derniers mois, ${roundEuros(resources)} par mois, dépassent le montant garanti de ${roundEuros(limit)} pour votre foyer.`;
  const logement = housing > 0 ? ['Ce montant tient compte de votre logement.'] : [];
  return nearLimit(resources, limit)
    ? toCheck(sentence, ...logement, 'L’écart est faible : vérifiez vos revenus.')
    : refused(sentence, ...logement, IF_INCOME_DROPS);
}
