import { findStep, nearLimit, stepFlag, stepNumber, type Verdict } from '../../explanation.ts';
import { frenchEuros, frenchPercent, roundEuros } from '../../french-format.ts';
import { ELIGIBLE, IF_INCOME_DROPS, refused, toCheck } from '../../reason-text.ts';
import type { TraceNode } from '../../trace.ts';

/** The value of the n-th parameter cited by a step (0 when absent). */
function cited(node: TraceNode, variable: string, n: number): number {
  const value = findStep(node, variable)?.parameters[n]?.value;
  return typeof value === 'number' ? value : 0;
}

/** Why a member of the famille gets no AAH, from the step of that person (`holdAahPerson`). */
function personVerdict(person: TraceNode): Verdict {
  const rate = stepNumber(person, 'aah_taux_incapacite');
  const age = stepNumber(person, 'aah_age');
  const full = cited(person, 'aah_taux_incapacite', 0);
  if (!stepFlag(person, 'aah_conditions')) {
    if (rate < full && !stepFlag(person, 'aah_rsdae'))
      return refused(
        `Avec un taux d’incapacité de ${frenchPercent(rate)}, l’AAH demande aussi une gêne durable pour travailler, reconnue par la MDPH.`,
        'Demandez-la à la MDPH si c’est votre cas.',
      );
    const minimum = cited(person, 'aah_age', 0);
    if (age < minimum)
      return refused(
        `L’AAH est versée à partir de ${minimum} ans. La personne handicapée a ${age} ans.`,
      );
    return refused(
      `Avec un taux de moins de ${frenchPercent(full)}, l’AAH s’arrête à l’âge de la retraite, ${cited(person, 'aah_age', 2)} ans.`,
      'Une retraite ou l’ASPA peut prendre le relais.',
    );
  }
  const ceiling = stepNumber(person, 'aah_plafond');
  const notCumulable = stepNumber(person, 'aah_non_cumulable');
  const maximum = cited(person, 'aah_plafond', 0);
  if (notCumulable > 0 && notCumulable >= maximum)
    return refused(
      `Votre pension d’invalidité, ${frenchEuros(notCumulable)} par mois, atteint déjà le montant de l’AAH.`,
    );
  const monthly = stepNumber(person, 'aah_base_ressources') / 12;
  const sentence = `Les ressources retenues, ${roundEuros(monthly)} par mois, dépassent le plafond de l’AAH, ${roundEuros(ceiling)}.`;
  return nearLimit(monthly, ceiling)
    ? toCheck(sentence, 'L’écart est faible : vérifiez vos revenus.')
    : refused(sentence, IF_INCOME_DROPS);
}

/** Why the traced famille gets no AAH, read from its trace (`traceAah`). */
export function aahVerdict(node: TraceNode): Verdict {
  const persons = node.children.filter((child) => child.variable === 'aah_individu');
  if (typeof node.value === 'number' && node.value > 0) {
    for (const person of persons) {
      const monthly = stepNumber(person, 'aah_base_ressources') / 12;
      const ceiling = stepNumber(person, 'aah_plafond');
      if (
        typeof person.value === 'number' &&
        person.value > 0 &&
        monthly > 0 &&
        nearLimit(monthly, ceiling)
      )
        return toCheck(
          `Les ressources retenues, ${roundEuros(monthly)} par mois, sont proches du plafond de ${roundEuros(ceiling)}.`,
          'Une petite hausse de revenus peut supprimer ce droit.',
        );
    }
    return ELIGIBLE;
  }
  if (persons.length > 0)
    return personVerdict(persons.find((p) => stepFlag(p, 'aah_conditions')) ?? persons[0]!);
  const highest = stepNumber(node, 'aah_taux_incapacite_max');
  if (stepFlag(node, 'aah_handicap_declare') && highest === 0)
    return toCheck(
      'Un handicap est indiqué, mais pas son taux d’incapacité.',
      'L’AAH demande un taux d’au moins 50 %, fixé par la MDPH. Indiquez-le pour savoir.',
    );
  if (highest > 0)
    return refused(
      `L’AAH demande un taux d’incapacité d’au moins ${frenchPercent(cited(node, 'aah_taux_incapacite_max', 0))}.`,
      `Le taux indiqué est de ${frenchPercent(highest)}.`,
    );
  return refused(
    'L’AAH aide une personne handicapée, avec un taux d’incapacité fixé par la MDPH.',
    'Aucun handicap n’est indiqué dans votre foyer.',
  );
}
