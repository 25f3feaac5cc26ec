import { findStep, nearLimit, stepFlag, stepNumber, type Verdict } from '../../explanation.ts';
import { frenchEuros, roundEuros } from '../../french-format.ts';
import { ELIGIBLE, IF_INCOME_DROPS, refused, toCheck } from '../../reason-text.ts';
import type { TraceNode } from '../../trace.ts';

/** Why the traced famille gets no housing aid, read from its trace (`traceAidesLogement`). */
export function aidesLogementVerdict(node: TraceNode): Verdict {
  const amount = typeof node.value === 'number' ? node.value : 0;
  const retained =
    stepNumber(node, 'aide_logement_loyer_retenu') + stepNumber(node, 'aide_logement_charges');
  const participation = stepNumber(node, 'aide_logement_participation_personnelle');
  if (amount > 0) {
    if (!nearLimit(participation, retained)) return ELIGIBLE;
    return toCheck(
      `Votre part à payer, ${roundEuros(participation)}, est proche du coût retenu avec les charges, ${roundEuros(retained)}.`,
      'Une petite hausse de revenus peut supprimer l’aide.',
    );
  }
  const accession = stepFlag(node, 'aide_logement_accession');
  const housingCost = accession ? 'la mensualité retenue' : 'le loyer retenu';
  if (!stepFlag(node, 'aide_logement_locataire') && !accession) {
    const status = String(findStep(node, 'statut_occupation_logement')?.value ?? '');
    if (/gratuit/i.test(status))
      return refused(
        'Vous êtes hébergé sans payer de loyer : il n’y a pas d’aide au logement.',
        'À revoir si vous louez un logement.',
      );
    if (/foyer/i.test(status))
      return toCheck(
        'En foyer, l’aide au logement dépend du contrat du foyer.',
        'Demandez-la au foyer ou à la CAF.',
      );
    if (/accédant/i.test(status))
      return refused(
        'Un prêt signé depuis 2018 n’ouvre plus droit à l’aide au logement.',
        'Seul un prêt aidé signé avant 2020, pour un logement ancien en zone 3, y donne encore droit.',
      );
    if (/propriétaire/i.test(status))
      return refused(
        'Vous êtes propriétaire : les aides au logement calculées ici sont pour les locataires.',
        'À revoir si vous louez un logement.',
      );
    return toCheck(
      'Votre situation de logement n’est pas indiquée.',
      'Indiquez-la pour savoir si une aide au logement est possible.',
    );
  }
  const rent = stepNumber(node, 'loyer');
  if (rent <= 0)
    return accession
      ? toCheck('La mensualité du prêt n’est pas indiquée.', 'Indiquez-la pour calculer l’aide.')
      : toCheck('Le loyer n’est pas indiqué.', 'Indiquez-le pour calculer l’aide au logement.');
  const before = stepNumber(node, 'aide_logement_avant_seuil');
  if (before <= 0) {
    const resources = stepNumber(node, 'aide_logement_base_ressources');
    const sentences = [
      `Avec vos ressources, ${roundEuros(resources)} par an, votre part à payer, ${roundEuros(participation)} par mois, dépasse ${housingCost} avec les charges, ${roundEuros(retained)}.`,
    ];
    return nearLimit(participation, retained)
      ? toCheck(...sentences, 'L’écart est faible : vérifiez vos revenus.')
      : refused(...sentences, IF_INCOME_DROPS);
  }
  const thresholdStep = findStep(node, 'aide_logement_avant_seuil');
  const threshold = Number(thresholdStep?.parameters[0]?.value ?? 10);
  if (before < threshold)
    return refused(
      `L’aide calculée, ${frenchEuros(before)}, est sous le seuil de versement de ${frenchEuros(threshold)}.`,
      IF_INCOME_DROPS,
    );
  if (stepNumber(node, 'aide_logement_coefficient_degressivite') === 0)
    return refused(
      `Votre loyer, ${roundEuros(rent)}, dépasse ${roundEuros(stepNumber(node, 'aide_logement_loyer_suppression'))} : à ce loyer, l’aide est supprimée.`,
      'À revoir si vous changez de logement.',
    );
  const reduction = stepNumber(node, 'reduction_loyer_solidarite');
  if (stepNumber(node, 'aide_logement_apres_minoration') > 0 && reduction > 0)
    return refused(
      `Votre bailleur social baisse déjà le loyer de ${frenchEuros(reduction)} : cette baisse remplace l’aide.`,
    );
  const minoration = Number(
    findStep(node, 'aide_logement_apres_minoration')?.parameters[0]?.value ?? 0,
  );
  return refused(
    `Après la baisse forfaitaire de ${frenchEuros(minoration)}, l’aide calculée est nulle.`,
    IF_INCOME_DROPS,
  );
}
