import { findStep, stepFlag, stepNumber, type Verdict } from '../../explanation.ts';
import { frenchEuros, roundEuros } from '../../french-format.ts';
import { ELIGIBLE, IF_INCOME_DROPS, refused } from '../../reason-text.ts';
import type { TraceNode } from '../../trace.ts';

/** Why the traced famille gets no prime d'activité, read from its trace (`tracePrimeActivite`). */
export function primeActiviteVerdict(node: TraceNode): Verdict {
  const amount = typeof node.value === 'number' ? node.value : 0;
  if (amount > 0) return ELIGIBLE;
  if (!stepFlag(node, 'ppa_condition_age'))
    return refused('La prime d’activité est pour les personnes de 18 ans ou plus.');
  const months = findStep(node, 'ppa_moyenne')?.children ?? [];
  const mean = (variable: string): number =>
    months.reduce((sum, month) => sum + stepNumber(month, variable), 0) /
    Math.max(months.length, 1);
  const earned = mean('ppa_revenu_activite');
  if (!stepFlag(node, 'ppa_condition_activite') || earned === 0)
    return refused(
      'La prime d’activité complète un salaire.',
      'Personne dans votre foyer n’a eu de revenu du travail ces trois derniers mois (un étudiant doit gagner assez chaque mois).',
      'À revoir dès la reprise d’un emploi.',
    );
  const average = stepNumber(node, 'ppa_moyenne');
  if (average > 0) {
    const threshold = Number(node.parameters[0]?.value ?? 0);
    return refused(
      `La prime calculée, ${frenchEuros(average)}, est sous le seuil de versement de ${frenchEuros(threshold)}.`,
      IF_INCOME_DROPS,
    );
  }
  return refused(
    `Avec ${roundEuros(earned)} de salaire et ${roundEuros(mean('ppa_ressources_hors_activite'))} d’autres ressources par mois, la prime calculée est nulle.`,
    'Vos ressources dépassent le montant garanti pour votre foyer.',
    IF_INCOME_DROPS,
  );
}
