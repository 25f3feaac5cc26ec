import { used, valueAt } from '../../parameters.ts';
import { formatMonth } from '../../periods.ts';
import type { MonthState } from '../../month-state.ts';
import type { Tracer } from '../../trace.ts';
import { cssParameters as css } from './css-parameters.ts';
import type { CssColumns } from './css.ts';

/** What the CSS formula computed for the traced famille, beside its columns. */
export interface CssLocals {
  /** A young adult covered with their parents (at their charge, or receiving alimony). */
  attached: boolean;
  /** RSA of the month (the CSS is then free). */
  rsa: number;
  /** Persons counted for the forfait logement. */
  size: number;
  /** Monthly participation by the members' ages, owed above the free CSS ceiling. */
  participation: number;
}

/** Records the Complémentaire santé solidaire of the traced famille: resources, ceilings, RSA. */
export function traceCss(tracer: Tracer, s: MonthState, out: CssColumns, l: CssLocals): void {
  const f = tracer.index;
  const m = s.month;
  const period = formatMonth(m);
  const ceiling = out.ceiling[f]!;
  const free = out.free[f] === 1;
  const paid = out.participation[f]! > 0;
  const step = tracer.step.bind(tracer);
  tracer.add(
    step(
      'css',
      'Complémentaire santé solidaire',
      period,
      free ? 'gratuite' : paid ? 'avec_participation' : 'non_eligible',
      [],
      [
        step('css_rattache', 'Jeune adulte couvert avec ses parents', period, l.attached),
        step('css_rsa', 'RSA reçu ce mois (CSS gratuite)', period, l.rsa),
        step(
          'css_base_ressources',
          'Ressources des 12 derniers mois (forfait logement compris)',
          period,
          out.resources[f]!,
          [
            used('Forfait logement avec aide au logement, 1 personne', css.forfaitAvecAl1, m),
            used('Forfait logement sans aide au logement, 1 personne', css.forfaitSansAl1, m),
            used('Abattement sur les salaires en cas de chômage', css.abattementChomage, m),
          ],
          [step('css_taille_foyer', 'Personnes du foyer', period, l.size, [], [], 'nombre')],
        ),
        step('css_plafond', 'Plafond de la CSS gratuite pour ce foyer', period, ceiling, [
          used('Plafond pour une personne seule', css.plafondBase, m),
          used('Majoration pour la 2e personne', css.coeffP2, m),
          used('Majoration pour la 3e et la 4e personne', css.coeffP3P4, m),
          used('Majoration à partir de la 5e personne', css.coeffP5Plus, m),
        ]),
        step(
          'css_plafond_participation',
          'Plafond de la CSS avec participation',
          period,
          ceiling * (1 + valueAt(css.majorationPlafondParticipation, m)),
          [used('Majoration du plafond', css.majorationPlafondParticipation, m)],
        ),
        step(
          'css_participation_forfaitaire',
          'Participation mensuelle selon les âges',
          period,
          out.participation[f]!,
          [
            used('Participation, moins de 30 ans', css.participationMoins30, m),
            used('Participation, de 30 à 49 ans', css.participation30a49, m),
            used('Participation, de 50 à 59 ans', css.participation50a59, m),
            used('Participation, de 60 à 69 ans', css.participation60a69, m),
            used('Participation, 70 ans et plus', css.participation70Plus, m),
          ],
        ),
      ],
    ),
  );
}
