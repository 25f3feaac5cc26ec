import { used } from '../../parameters.ts';
import { formatMonth, yearNMinus2 } from '../../periods.ts';
import type { Population } from '../../population.ts';
import type { Tracer } from '../../trace.ts';
import { chequeEnergieParameters as ce } from './cheque-energie-parameters.ts';
import type { ChequeEnergieColumns } from './cheque-energie.ts';

/** What the chèque énergie formula computed for the traced famille, beside its columns. */
export interface ChequeEnergieLocals {
  /** The household rents or owns its home. */
  housed: boolean;
  /** The revenu fiscal de référence was given (else computed from the taxable incomes). */
  given: boolean;
  /** Revenu fiscal de référence per consumption unit. */
  perUnit: number;
}

/** Records the chèque énergie of the traced famille's dwelling: RFR, consumption units, band. */
export function traceChequeEnergie(
  tracer: Tracer,
  pop: Population,
  out: ChequeEnergieColumns,
  l: ChequeEnergieLocals,
): void {
  const f = tracer.index;
  const m = pop.month;
  const period = formatMonth(m);
  const step = tracer.step.bind(tracer);
  tracer.add(
    step(
      'cheque_energie',
      'Chèque énergie (montant annuel)',
      period,
      out.amount[f]!,
      [
        used('Montant, 1 UC, 1re tranche', ce.uneUc1, m),
        used('Montant, de 1 à 2 UC, 1re tranche', ce.deuxUc1, m),
        used('Montant, 2 UC ou plus, 1re tranche', ce.plusUc1, m),
      ],
      [
        step(
          'cheque_energie_logement',
          'Locataire ou propriétaire de son logement',
          period,
          l.housed,
        ),
        step(
          'rfr',
          `Revenu fiscal de référence ${yearNMinus2(m)}`,
          period,
          out.rfr[f]!,
          [],
          [
            step(
              'rfr_donne',
              'Indiqué (sinon calculé depuis les revenus imposables)',
              period,
              l.given,
            ),
          ],
        ),
        step(
          'cheque_energie_unites_consommation',
          'Unités de consommation du logement',
          period,
          out.units[f]!,
          [
            used('Première personne', ce.ucPremiere, m),
            used('Deuxième personne', ce.ucDeuxieme, m),
            used('Chaque autre personne', ce.ucAutres, m),
          ],
          [],
          'nombre',
        ),
        step(
          'cheque_energie_rfr_par_uc',
          'Revenu fiscal de référence par unité de consommation',
          period,
          l.perUnit,
          [
            used("Plafond d'éligibilité", ce.plafond, m),
            used('Seuil de la 2e tranche', ce.seuil1, m),
            used('Seuil de la 3e tranche', ce.seuil2, m),
            used('Seuil de la 4e tranche', ce.seuil3, m),
          ],
        ),
      ],
    ),
  );
}
