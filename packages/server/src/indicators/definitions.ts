// The indicators of a territory, as docs/indicators.md defines them: code (the column name of the
// exports), French label, unit, the breakdowns each supports, and for the small-count rule which
// count a value rests on.

/** How indicators can be broken down (one at a time) or filtered. */
export const dimensions = [
  'territory',
  'quartier',
  'organisation',
  'actionType',
  'benefit',
  'rule',
] as const;
export type Dimension = (typeof dimensions)[number];

/** French name of each breakdown, as the exports' header says it. */
export const dimensionLabels: Record<Dimension, string> = {
  territory: 'Territoire',
  quartier: 'Quartier',
  organisation: 'Organisation',
  actionType: 'Type d’action',
  benefit: 'Prestation',
  rule: 'Règle de repérage',
};

export const granularities = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof granularities)[number];

export type Unit =
  'personnes' | 'menages' | 'droits' | 'euros' | 'pourcentage' | 'jours' | 'nombre';

export interface IndicatorDefinition {
  code: string;
  label: string;
  unit: Unit;
  /** Breakdowns and filters the indicator's source tables carry. */
  dimensions: readonly Dimension[];
  /**
   * For a count of people, households or rights: under 5 it is suppressed in exports. For a
   * derived value (share, euros, delay): the count it rests on, suppressed with it.
   */
  suppression: 'count' | { base: string } | 'none';
}

const place: Dimension[] = ['territory', 'quartier', 'organisation'];
const rights: Dimension[] = [...place, 'benefit'];
const actions: Dimension[] = [...place, 'actionType'];
const reperage: Dimension[] = ['territory', 'rule'];

/** Every indicator, in the order of the dashboard and the exports. */
export const indicatorDefinitions: readonly IndicatorDefinition[] = [
  {
    code: 'personnes_rencontrees',
    label: 'Personnes rencontrées',
    unit: 'personnes',
    dimensions: actions,
    suppression: 'count',
  },
  {
    code: 'dossiers_ouverts',
    label: 'Ménages avec un dossier ouvert',
    unit: 'menages',
    dimensions: place,
    suppression: 'count',
  },
  {
    code: 'bilans',
    label: 'Bilans de droits réalisés',
    unit: 'nombre',
    dimensions: place,
    suppression: 'count',
  },
  {
    code: 'menages_avec_bilan',
    label: 'Ménages rencontrés ayant eu un bilan',
    unit: 'menages',
    dimensions: place,
    suppression: 'count',
  },
  {
    code: 'menages_droit_identifie',
    label: 'Ménages en non-recours (au moins un droit identifié)',
    unit: 'menages',
    dimensions: place,
    suppression: 'count',
  },
  {
    code: 'menages_droit_engage',
    label: 'Ménages avec une démarche engagée',
    unit: 'menages',
    dimensions: place,
    suppression: 'count',
  },
  {
    code: 'menages_droit_ouvert',
    label: 'Ménages avec au moins un droit ouvert',
    unit: 'menages',
    dimensions: place,
    suppression: 'count',
  },
  {
    code: 'part_non_recours',
    label: 'Part des ménages rencontrés en non-recours',
    unit: 'pourcentage',
    dimensions: place,
    suppression: { base: 'dossiers_ouverts' },
  },
  {
    code: 'part_sans_suivi_social',
    label: 'Part des ménages sans suivi social',
    unit: 'pourcentage',
    dimensions: place,
    suppression: { base: 'suivi_social_renseigne' },
  },
  {
    code: 'sans_suivi_social',
    label: 'Ménages sans suivi social',
    unit: 'menages',
    dimensions: place,
    suppression: 'count',
  },
  {
    code: 'suivi_social_renseigne',
    label: 'Ménages dont le suivi social est renseigné',
    unit: 'menages',
    dimensions: place,
    suppression: 'count',
  },
  {
    code: 'droits_identifies',
    label: 'Droits identifiés',
    unit: 'droits',
    dimensions: rights,
    suppression: 'count',
  },
  {
    code: 'droits_engages',
    label: 'Droits avec démarche engagée',
    unit: 'droits',
    dimensions: rights,
    suppression: 'count',
  },
  {
    code: 'droits_ouverts',
    label: 'Droits ouverts',
    unit: 'droits',
    dimensions: rights,
    suppression: 'count',
  },
  {
    code: 'droits_refuses',
    label: 'Droits refusés',
    unit: 'droits',
    dimensions: rights,
    suppression: 'count',
  },
  {
    code: 'euros_mensuels_ouverts',
    label: 'Montant mensuel des droits ouverts (€)',
    unit: 'euros',
    dimensions: rights,
    suppression: { base: 'droits_ouverts' },
  },
  {
    code: 'euros_annualises_ouverts',
    label: 'Montant annualisé des droits ouverts (€)',
    unit: 'euros',
    dimensions: rights,
    suppression: { base: 'droits_ouverts' },
  },
  {
    code: 'delai_median_ouverture',
    label: 'Délai médian de l’identification à l’ouverture (jours)',
    unit: 'jours',
    dimensions: rights,
    suppression: { base: 'droits_ouverts' },
  },
  {
    code: 'actions',
    label: 'Actions d’aller-vers',
    unit: 'nombre',
    dimensions: actions,
    suppression: 'none',
  },
  {
    code: 'partenaires_mobilises',
    label: 'Organisations partenaires mobilisées',
    unit: 'nombre',
    dimensions: ['territory'],
    suppression: 'none',
  },
  {
    code: 'ateliers',
    label: 'Ateliers entre professionnels',
    unit: 'nombre',
    dimensions: ['territory'],
    suppression: 'none',
  },
  {
    code: 'participants_ateliers',
    label: 'Participants aux ateliers',
    unit: 'nombre',
    dimensions: ['territory'],
    suppression: 'none',
  },
  {
    code: 'blocages_signales',
    label: 'Blocages signalés',
    unit: 'nombre',
    dimensions: ['territory', 'benefit'],
    suppression: 'none',
  },
  {
    code: 'blocages_resolus',
    label: 'Blocages résolus',
    unit: 'nombre',
    dimensions: ['territory', 'benefit'],
    suppression: 'none',
  },
  ...(
    [
      ['reperage_candidats', 'Ménages repérés (candidats)'],
      ['reperage_joints', 'Ménages repérés joints'],
      ['reperage_bilans', 'Ménages repérés ayant eu un bilan'],
      ['reperage_droits_ouverts', 'Ménages repérés dont un droit a été ouvert'],
    ] as const
  ).map(([code, label]): IndicatorDefinition => ({
    code,
    label,
    unit: 'menages',
    dimensions: reperage,
    suppression: 'count',
  })),
  {
    code: 'reperage_conversion',
    label: 'Conversion du repérage : part des ménages repérés dont un droit a été ouvert',
    unit: 'pourcentage',
    dimensions: reperage,
    suppression: { base: 'reperage_candidats' },
  },
];

/** The definition of an indicator code. */
export function definitionOf(code: string): IndicatorDefinition {
  const found = indicatorDefinitions.find((d) => d.code === code);
  if (found === undefined) throw new Error(`Indicateur inconnu : ${code}`);
  return found;
}
