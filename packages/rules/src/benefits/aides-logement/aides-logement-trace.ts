import { Housing } from '../../entities.ts';
import { inputVariables } from '../../openfisca/variables.ts';
import { used, type Parameter } from '../../parameters.ts';
import { formatMonth } from '../../periods.ts';
import type { MonthState } from '../../month-state.ts';
import type { Population } from '../../population.ts';
import type { Tracer } from '../../trace.ts';
import { aidesLogementParameters as al } from './aides-logement-parameters.ts';

/** What the housing-aid formula computed for the traced famille, beside the month's columns. */
export interface AidesLogementLocals {
  tenant: boolean;
  /** A home buyer whose loan still opens the aid (accession). */
  accession: boolean;
  /** Social housing (conventionné): APL. */
  conventionne: boolean;
  couple: boolean;
  /** Persons à charge. */
  dependants: number;
  /** Rent declared. */
  rent: number;
  /** Rent and charges retained minus the personal participation, before the payment threshold. */
  beforeThreshold: number;
  threshold: number;
  /** Share kept after the degressivity above a high rent (1: none; 0: removed). */
  coefficient: number;
  /** Rents where the aid starts to decrease and where it is removed. */
  degressive: number;
  removal: number;
  /** After degressivity and the flat reduction. */
  gross: number;
  /** Réduction de loyer de solidarité (social housing). */
  reduction: number;
}

/** An owner, or a person housed free: no housing aid is computed. */
export const NOT_TENANT: AidesLogementLocals = {
  tenant: false,
  accession: false,
  conventionne: false,
  couple: false,
  dependants: 0,
  rent: 0,
  beforeThreshold: 0,
  threshold: 0,
  coefficient: 1,
  degressive: 0,
  removal: 0,
  gross: 0,
  reduction: 0,
};

/** The housing status in the questionnaire's words (« Propriétaire »…), by `Housing` code. */
const HOUSING_LABELS: Record<number, string> = Object.fromEntries(
  Object.entries(Housing).map(([name, code]) => [
    code,
    inputVariables.statut_occupation_logement?.items?.[name] ?? name,
  ]),
);

/** Records the housing-aid computation of the traced famille for month M. */
export function traceAidesLogement(
  tracer: Tracer,
  pop: Population,
  s: MonthState,
  l: AidesLogementLocals,
): void {
  const f = tracer.index;
  const m = s.month;
  const period = formatMonth(m);
  const zone = pop.zone[f]!;
  const zoned = (name: string): Parameter =>
    (al as unknown as Record<string, Parameter>)[`${name}Zone${zone}`]!;
  const step = tracer.step.bind(tracer);
  const steps = [
    step(
      'statut_occupation_logement',
      'Statut d’occupation du logement',
      period,
      HOUSING_LABELS[pop.housing[f]!] ?? 'Non renseigné',
    ),
    step('aide_logement_locataire', 'Locataire', period, l.tenant),
    step('aide_logement_accession', 'Accédant dont le prêt ouvre l’aide', period, l.accession),
  ];
  if (l.tenant || l.accession)
    steps.push(
      step('loyer', l.accession ? 'Mensualité du prêt déclarée' : 'Loyer déclaré', period, l.rent),
      step(
        'aide_logement_nb_pac',
        'Personnes à charge',
        period,
        l.dependants,
        [used('Âge limite des enfants à charge', al.ageLimitePac, m)],
        [],
        'nombre',
      ),
      step(
        'aide_logement_loyer_plafond',
        `Loyer plafond (zone ${zone} et composition du foyer)`,
        period,
        s.alLoyerPlafond[f]!,
        [
          used('Loyer plafond, personne seule', zoned('plafondSeul'), m),
          used('Loyer plafond, couple', zoned('plafondCouple'), m),
          used('Loyer plafond, une personne à charge', zoned('plafondUnePac'), m),
          used('Loyer plafond, par personne à charge en plus', zoned('plafondPacSupp'), m),
        ],
      ),
      step('aide_logement_loyer_retenu', 'Loyer retenu', period, s.alLoyerRetenu[f]!),
      step('aide_logement_charges', 'Forfait de charges', period, s.alCharges[f]!, [
        used('Forfait de charges', al.chargesBase, m),
        used('Forfait par personne à charge', al.chargesParPac, m),
      ]),
      step(
        'aide_logement_base_ressources',
        'Ressources annuelles retenues (12 derniers mois, arrondies à la centaine)',
        period,
        s.alResources[f]!,
      ),
      step(
        'aide_logement_participation_personnelle',
        'Participation personnelle',
        period,
        s.alParticipation[f]!,
        [
          used('Participation minimale P0', al.p0Forfait, m),
          used('Taux P0', al.p0Taux, m),
          used(
            l.couple ? 'Taux familial, couple' : 'Taux familial, personne seule',
            l.couple ? al.tfCouple : al.tfSeul,
            m,
          ),
        ],
      ),
      step(
        'aide_logement_avant_seuil',
        'Loyer et charges retenus moins la participation',
        period,
        l.beforeThreshold,
        [
          used(
            l.conventionne
              ? 'Seuil de versement de l’APL'
              : 'Seuil de versement de l’ALF et de l’ALS',
            l.conventionne ? al.seuilVersementApl : al.seuilVersementAl,
            m,
          ),
        ],
      ),
      step(
        'aide_logement_coefficient_degressivite',
        'Part de l’aide gardée au-dessus d’un loyer élevé (100 % : aucune baisse)',
        period,
        l.coefficient,
        [
          used('Loyer de début de baisse (part du plafond)', zoned('degressivite'), m),
          used('Loyer de suppression (part du plafond)', zoned('suppression'), m),
        ],
        [
          step(
            'aide_logement_loyer_degressivite',
            'Loyer où l’aide commence à baisser',
            period,
            l.degressive,
          ),
          step(
            'aide_logement_loyer_suppression',
            'Loyer où l’aide est supprimée',
            period,
            l.removal,
          ),
        ],
        'taux',
      ),
      step(
        'aide_logement_apres_minoration',
        'Aide après la minoration forfaitaire',
        period,
        l.gross,
        [used('Minoration forfaitaire', al.minorationForfaitaire, m)],
      ),
      step(
        'reduction_loyer_solidarite',
        'Réduction de loyer de solidarité (logement social)',
        period,
        l.reduction,
        [used("Part de la RLS déduite de l'aide", al.rlsFractionBaisseAide, m)],
      ),
    );
  tracer.add(
    step('aide_logement', 'Aide au logement versée', period, s.aideLogement[f]!, [], steps),
  );
}
