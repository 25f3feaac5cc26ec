import type { LegalSource, Parameter } from '../../parameters.ts';

/**
 * Aides personnelles au logement in accession à la propriété (articles D832-1 s. and D842-1 s.
 * du CCH, arrêté du 27 septembre 2019): the monthly repayment retained up to a ceiling, the
 * flat charges, minus a minimal repayment that grows with resources, times a coefficient K.
 * Values and sources as referenced by OpenFisca-France (commit a7038ee4913), which computes the
 * aid with the K coefficient and minimal equivalent rent of the logements-foyers (see
 * docs/divergences.md).
 */
const AL = 'prestations_sociales.aides_logement.allocations_logement';

const ARRETE_2019_ART_33: LegalSource = {
  title: 'Arrêté du 27/09/2019, art. 33 (mensualités plafonds en accession, article D842-6 CCH)',
  url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000039160689/2019-10-02/',
};

function mensualite(zone: number, key: string, description: string, value: number): Parameter {
  return {
    description,
    unit: 'EUR/mois',
    openfisca: `${AL}.accession.formule.l_mensualite_eligible.al.zone_${zone}.${key}`,
    values: [{ from: '2019-10-01', value, source: ARRETE_2019_ART_33 }],
  };
}

const D832_25: LegalSource = {
  title: "Article D832-25 du Code de la construction et de l'habitation",
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000047401364',
};

function constant(
  description: string,
  unit: Parameter['unit'],
  openfisca: string,
  from: string,
  value: number,
  source: LegalSource,
): Parameter {
  return { description, unit, openfisca: `${AL}.${openfisca}`, values: [{ from, value, source }] };
}

const ARRETE_2019_ART_30: LegalSource = {
  title: 'Arrêté du 27/09/2019, art. 30',
  url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000039160785',
};
const ARRETE_2019_ART_31: LegalSource = {
  title: 'Arrêté du 27/09/2019, art. 31 II (équivalence de loyer minimale)',
  url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046126968/2024-09-29',
};

export const aidesLogementAccessionParameters = {
  mensualitePlafondIsoleZone1: mensualite(
    1,
    'personne_isolee_sans_enfant',
    'Mensualité plafond en zone 1, personne isolée sans personne à charge',
    314.76,
  ),
  mensualitePlafondMenageZone1: mensualite(
    1,
    'menage_seul',
    'Mensualité plafond en zone 1, couple sans personne à charge',
    379.33,
  ),
  mensualitePlafond1PacZone1: mensualite(
    1,
    'menage_ou_isole_avec_1_enfant',
    'Mensualité plafond en zone 1, une personne à charge',
    407.87,
  ),
  mensualitePlafond2PacZone1: mensualite(
    1,
    'menage_ou_isole_avec_2_enfants',
    'Mensualité plafond en zone 1, deux personnes à charge',
    419.27,
  ),
  mensualitePlafond3PacZone1: mensualite(
    1,
    'menage_ou_isole_avec_3_enfants',
    'Mensualité plafond en zone 1, trois personnes à charge',
    431.06,
  ),
  mensualitePlafond4PacZone1: mensualite(
    1,
    'menage_ou_isole_avec_4_enfants',
    'Mensualité plafond en zone 1, quatre personnes à charge',
    442.62,
  ),
  mensualitePlafond5PacZone1: mensualite(
    1,
    'menage_ou_isole_avec_5_enfants',
    'Mensualité plafond en zone 1, cinq personnes à charge',
    452,
  ),
  mensualitePlafondPacSuppZone1: mensualite(
    1,
    'menage_ou_isole_par_enfant_en_plus',
    'Mensualité plafond en zone 1, par personne à charge au-delà de cinq',
    39.36,
  ),
  mensualitePlafondIsoleZone2: mensualite(
    2,
    'personne_isolee_sans_enfant',
    'Mensualité plafond en zone 2, personne isolée sans personne à charge',
    276.14,
  ),
  mensualitePlafondMenageZone2: mensualite(
    2,
    'menage_seul',
    'Mensualité plafond en zone 2, couple sans personne à charge',
    338.53,
  ),
  mensualitePlafond1PacZone2: mensualite(
    2,
    'menage_ou_isole_avec_1_enfant',
    'Mensualité plafond en zone 2, une personne à charge',
    366.46,
  ),
  mensualitePlafond2PacZone2: mensualite(
    2,
    'menage_ou_isole_avec_2_enfants',
    'Mensualité plafond en zone 2, deux personnes à charge',
    379.15,
  ),
  mensualitePlafond3PacZone2: mensualite(
    2,
    'menage_ou_isole_avec_3_enfants',
    'Mensualité plafond en zone 2, trois personnes à charge',
    392.22,
  ),
  mensualitePlafond4PacZone2: mensualite(
    2,
    'menage_ou_isole_avec_4_enfants',
    'Mensualité plafond en zone 2, quatre personnes à charge',
    405.1,
  ),
  mensualitePlafond5PacZone2: mensualite(
    2,
    'menage_ou_isole_avec_5_enfants',
    'Mensualité plafond en zone 2, cinq personnes à charge',
    433.78,
  ),
  mensualitePlafondPacSuppZone2: mensualite(
    2,
    'menage_ou_isole_par_enfant_en_plus',
    'Mensualité plafond en zone 2, par personne à charge au-delà de cinq',
    37.71,
  ),
  mensualitePlafondIsoleZone3: mensualite(
    3,
    'personne_isolee_sans_enfant',
    'Mensualité plafond en zone 3, personne isolée sans personne à charge',
    259.04,
  ),
  mensualitePlafondMenageZone3: mensualite(
    3,
    'menage_seul',
    'Mensualité plafond en zone 3, couple sans personne à charge',
    314.19,
  ),
  mensualitePlafond1PacZone3: mensualite(
    3,
    'menage_ou_isole_avec_1_enfant',
    'Mensualité plafond en zone 3, une personne à charge',
    342.55,
  ),
  mensualitePlafond2PacZone3: mensualite(
    3,
    'menage_ou_isole_avec_2_enfants',
    'Mensualité plafond en zone 3, deux personnes à charge',
    356.7,
  ),
  mensualitePlafond3PacZone3: mensualite(
    3,
    'menage_ou_isole_avec_3_enfants',
    'Mensualité plafond en zone 3, trois personnes à charge',
    371.07,
  ),
  mensualitePlafond4PacZone3: mensualite(
    3,
    'menage_ou_isole_avec_4_enfants',
    'Mensualité plafond en zone 3, quatre personnes à charge',
    385.21,
  ),
  mensualitePlafond5PacZone3: mensualite(
    3,
    'menage_ou_isole_avec_5_enfants',
    'Mensualité plafond en zone 3, cinq personnes à charge',
    413.92,
  ),
  mensualitePlafondPacSuppZone3: mensualite(
    3,
    'menage_ou_isole_par_enfant_en_plus',
    'Mensualité plafond en zone 3, par personne à charge au-delà de cinq',
    35.88,
  ),

  kPlafondConventionne: constant(
    'Coefficient K : plafond, prêt conventionné',
    'taux',
    'foyer.k_coef_prise_en_charge.plafonds.plafond_apl1',
    '2007-07-01',
    0.95,
    D832_25,
  ),
  kPlafond: constant(
    'Coefficient K : plafond, autre prêt',
    'taux',
    'foyer.k_coef_prise_en_charge.plafonds.plafond_apl2_et_al',
    '2007-07-01',
    0.9,
    D832_25,
  ),
  kCmConventionne: constant(
    'Coefficient K : coefficient multiplicateur CM, prêt conventionné',
    'EUR/an',
    'foyer.k_coef_prise_en_charge.cm_et_r.cm3_apl3',
    '2007-07-01',
    22111.33,
    {
      title: 'Arrêté du 27/09/2019, art. 22',
      url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000039160769',
    },
  ),
  kCm: constant(
    'Coefficient K : coefficient multiplicateur CM, autre prêt',
    'EUR/an',
    'foyer.k_coef_prise_en_charge.cm_et_r.cm2_apl2_et_al',
    '2007-07-01',
    21420.91,
    ARRETE_2019_ART_30,
  ),
  partsIsole: constant(
    'Nombre de parts N : personne isolée sans personne à charge',
    'nombre',
    'foyer.k_coef_prise_en_charge.n_nombre_parts.al.isole_0_personne_a_charge',
    '1988-07-01',
    1.2,
    D832_25,
  ),
  partsMenage: constant(
    'Nombre de parts N : couple sans personne à charge',
    'nombre',
    'foyer.k_coef_prise_en_charge.n_nombre_parts.al.menage_0_personnes_a_charge',
    '1988-07-01',
    1.5,
    D832_25,
  ),
  parts1Pac: constant(
    'Nombre de parts N : une personne à charge',
    'nombre',
    'foyer.k_coef_prise_en_charge.n_nombre_parts.al.1_personne_a_charge',
    '1992-07-01',
    2.5,
    D832_25,
  ),
  parts2Pac: constant(
    'Nombre de parts N : deux personnes à charge',
    'nombre',
    'foyer.k_coef_prise_en_charge.n_nombre_parts.al.2_personnes_a_charge',
    '1988-07-01',
    3,
    D832_25,
  ),
  parts3Pac: constant(
    'Nombre de parts N : trois personnes à charge',
    'nombre',
    'foyer.k_coef_prise_en_charge.n_nombre_parts.al.3_personnes_a_charge',
    '1988-07-01',
    3.7,
    D832_25,
  ),
  parts4Pac: constant(
    'Nombre de parts N : quatre personnes à charge',
    'nombre',
    'foyer.k_coef_prise_en_charge.n_nombre_parts.al.4_personnes_a_charge',
    '1988-07-01',
    4.3,
    D832_25,
  ),
  partsPacSupp: constant(
    'Nombre de parts N : par personne à charge au-delà de quatre',
    'nombre',
    'foyer.k_coef_prise_en_charge.n_nombre_parts.al.maj_par_pac_supp',
    '1988-07-01',
    0.5,
    D832_25,
  ),

  // Équivalence de loyer minimale E0 = barème(R / N) × N + majoration (arrêté du 27/09/2019, art. 31).
  e0Seuil1: constant(
    'Équivalence de loyer minimale : 2e tranche, seuil par part',
    'EUR/an',
    'foyer.apl.formule.e0_equiv_loyers_minimale.apl2.bareme.brackets[1].threshold',
    '2007-07-01',
    1423.03,
    ARRETE_2019_ART_31,
  ),
  e0Taux1: constant(
    'Équivalence de loyer minimale : 2e tranche, taux',
    'taux',
    'foyer.apl.formule.e0_equiv_loyers_minimale.apl2.bareme.brackets[1].rate',
    '2007-07-01',
    0.024,
    ARRETE_2019_ART_31,
  ),
  e0Seuil2: constant(
    'Équivalence de loyer minimale : 3e tranche, seuil par part',
    'EUR/an',
    'foyer.apl.formule.e0_equiv_loyers_minimale.apl2.bareme.brackets[2].threshold',
    '2007-07-01',
    2047.61,
    ARRETE_2019_ART_31,
  ),
  e0Taux2: constant(
    'Équivalence de loyer minimale : 3e tranche, taux',
    'taux',
    'foyer.apl.formule.e0_equiv_loyers_minimale.apl2.bareme.brackets[2].rate',
    '2007-07-01',
    0.208,
    ARRETE_2019_ART_31,
  ),
  e0Seuil3: constant(
    'Équivalence de loyer minimale : 4e tranche, seuil par part',
    'EUR/an',
    'foyer.apl.formule.e0_equiv_loyers_minimale.apl2.bareme.brackets[3].threshold',
    '2007-07-01',
    2629.85,
    ARRETE_2019_ART_31,
  ),
  e0Taux3: constant(
    'Équivalence de loyer minimale : 4e tranche, taux',
    'taux',
    'foyer.apl.formule.e0_equiv_loyers_minimale.apl2.bareme.brackets[3].rate',
    '2007-07-01',
    0.232,
    ARRETE_2019_ART_31,
  ),
  e0Seuil4: constant(
    'Équivalence de loyer minimale : 5e tranche, seuil par part',
    'EUR/an',
    'foyer.apl.formule.e0_equiv_loyers_minimale.apl2.bareme.brackets[4].threshold',
    '2007-07-01',
    4095.05,
    ARRETE_2019_ART_31,
  ),
  e0Taux4: constant(
    'Équivalence de loyer minimale : 5e tranche, taux',
    'taux',
    'foyer.apl.formule.e0_equiv_loyers_minimale.apl2.bareme.brackets[4].rate',
    '2007-07-01',
    0.328,
    ARRETE_2019_ART_31,
  ),
  e0Majoration: constant(
    'Équivalence de loyer minimale : majoration',
    'EUR/an',
    'foyer.apl.formule.e0_equiv_loyers_minimale.apl2.majoration',
    '2007-07-01',
    76.32,
    ARRETE_2019_ART_31,
  ),

  plancherRessourcesCoef: constant(
    'Plancher de ressources en accession : multiple de la mensualité',
    'nombre',
    'ressources.accession.dar_3_coef_plancher_ressources',
    '2007-07-01',
    16.25,
    {
      title:
        "Arrêté du 27/09/2019, art. 39 (article D842-12 du Code de la construction et de l'habitation)",
      url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000039160701',
    },
  ),
} satisfies Record<string, Parameter>;

/**
 * Loans that still open housing aid in accession (loi n° 2017-1837 de finances pour 2018,
 * art. 126, L831-1 CCH): any loan signed before 1 January 2018; until 31 December 2019, a
 * conventionné loan for an old dwelling (« ancien ») in zone 3. Dates, not amounts: they are kept
 * here beside the amounts with their source.
 */
export const accessionLoanLimits = {
  allLoansBefore: '2018-01-01',
  oldDwellingZone3Before: '2020-01-01',
  source: {
    title: 'Loi n° 2017-1837 du 30 décembre 2017 de finances pour 2018, art. 126',
    url: 'https://www.legifrance.gouv.fr/eli/loi/2017/12/30/CPAX1723900L/jo/article_126',
  } satisfies LegalSource,
};
