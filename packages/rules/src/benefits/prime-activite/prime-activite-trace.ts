import { formatMonth } from '../../periods.ts';
import { used, type UsedParameter } from '../../parameters.ts';
import type { MonthState } from '../../month-state.ts';
import type { Tracer } from '../../trace.ts';
import { primeActiviteParameters as ppaP } from './prime-activite-parameters.ts';

type Column = 'ppaFlat' | 'ppaEarned' | 'ppaBonus' | 'ppaOther' | 'ppaForfaitLogement';

/** The conditions the prime d'activité formula checked for the traced famille. */
export interface PrimeActiviteConditions {
  /** A member is 18 or more. */
  adult: boolean;
  /** Earnings in the quarter (above a floor every month for a student), or RSA majoré. */
  qualifies: boolean;
  /** Average of the three monthly computations. */
  average: number;
}

/** Records the prime d'activité of the traced famille: each month of the quarter, then the average. */
export function tracePrimeActivite(
  states: MonthState[],
  amount: number,
  tracer: Tracer,
  conditions: PrimeActiviteConditions,
): void {
  const f = tracer.index;
  const months = states.slice(0, 3).map((st) => {
    const m = st.month;
    const period = formatMonth(m);
    const parts: [string, string, Column, UsedParameter[]][] = [
      [
        'ppa_montant_forfaitaire',
        'Montant forfaitaire',
        'ppaFlat',
        [used('Montant forfaitaire pour une personne', ppaP.montantDeBase, m)],
      ],
      [
        'ppa_revenu_activite',
        "Revenus d'activité du mois",
        'ppaEarned',
        [used("Part des revenus d'activité ajoutée", ppaP.tauxRevenusActivite, m)],
      ],
      [
        'ppa_bonification',
        'Bonifications individuelles',
        'ppaBonus',
        [
          used('Bonification maximale (part du montant forfaitaire)', ppaP.bonificationTauxMax, m),
          used(
            'Revenus donnant la bonification maximale (SMIC horaires)',
            ppaP.bonificationSeuilMax,
            m,
          ),
        ],
      ],
      [
        'ppa_ressources_hors_activite',
        'Autres ressources (allocations, pensions, prestations)',
        'ppaOther',
        [],
      ],
      [
        'ppa_forfait_logement',
        'Forfait logement',
        'ppaForfaitLogement',
        [used('Taux pour une personne', ppaP.forfaitLogement1, m)],
      ],
    ];
    return tracer.step(
      'ppa_fictive',
      `Prime calculée sur le mois ${period}`,
      period,
      st.ppaFictive[f]!,
      [],
      parts.map(([variable, label, column, parameters]) =>
        tracer.step(variable, label, period, st[column][f]!, parameters),
      ),
    );
  });
  const m = states[3]!.month;
  tracer.add(
    tracer.step(
      'ppa',
      "Prime d'activité (moyenne des trois mois précédents)",
      formatMonth(m),
      amount,
      [used('Seuil de versement', ppaP.montantMinimumVerse, m)],
      [
        tracer.step(
          'ppa_condition_age',
          'Un membre du foyer a 18 ans ou plus',
          formatMonth(m),
          conditions.adult,
          [used('Âge minimal', ppaP.ageMinimum, m)],
        ),
        tracer.step(
          'ppa_condition_activite',
          "Revenus d'activité au cours des trois derniers mois",
          formatMonth(m),
          conditions.qualifies,
          [
            used(
              "Revenu minimal d'un étudiant ou apprenti (part de 169 heures au Smic)",
              ppaP.plafondApprenant,
              m,
            ),
          ],
        ),
        tracer.step(
          'ppa_moyenne',
          'Moyenne des trois calculs mensuels',
          formatMonth(m),
          conditions.average,
          [],
          months,
        ),
      ],
    ),
  );
}
