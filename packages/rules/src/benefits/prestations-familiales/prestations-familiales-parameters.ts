import type { Parameter } from '../../parameters.ts';

/**
 * Prestations familiales used as resources by RSA and prime d'activité: allocations familiales, complément familial, ASF, PAJE allocation de base (livre V du code de la sécurité sociale).
 * Values and sources transcribed from the official texts as referenced by OpenFisca-France
 * (parameters at commit a7038ee4913); each value carries the text that sets it.
 */
export const prestationsFamilialesParameters = {
  ageIntermediaire: {
    description: "Âge de fin de l'obligation scolaire (enfant à charge sans condition de revenu)",
    unit: 'ans',
    openfisca: 'prestations_sociales.prestations_familiales.def_pac.enfants.age_intermediaire',
    values: [
      {
        from: '2001-01-01',
        value: 16,
        source: {
          title: "Article L131-1 du Code de l'éducation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038901859/2001-01-01',
        },
      },
    ],
  },
  ageLimite: {
    description: "Âge limite d'un enfant à charge pour les prestations familiales",
    unit: 'ans',
    openfisca: 'prestations_sociales.prestations_familiales.def_pac.enfants.age_limite',
    values: [
      {
        from: '2001-01-01',
        value: 20,
        source: {
          title: 'Article R512-2 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006750602/2000-01-29',
        },
      },
    ],
  },
  plafondRevenuEnfant: {
    description: "Revenu maximal d'un enfant à charge, en part de 169 SMIC horaires",
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_familiales.def_pac.revenu_plafond_pac_non_scolaire',
    values: [
      {
        from: '1985-12-22',
        value: 0.55,
        source: {
          title: 'Article R512-2 du code de la Sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006750598/1985-12-21',
        },
      },
    ],
  },
  afTauxDeuxEnfants: {
    description: 'Allocations familiales : taux pour le deuxième enfant',
    unit: 'BMAF',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.af.af_cm.taux.enf2',
    values: [
      {
        from: '1982-02-01',
        value: 0.32,
        source: {
          title: 'Article D521-1 1) du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000030680318/',
        },
      },
    ],
  },
  afTauxParEnfantSupp: {
    description: 'Allocations familiales : taux par enfant à partir du troisième',
    unit: 'BMAF',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.af.af_cm.taux.enf3',
    values: [
      {
        from: '1986-01-01',
        value: 0.41,
        source: {
          title: 'Article D521-1, b) du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000030680318/',
        },
      },
    ],
  },
  afNbEnfantsMin: {
    description: "Nombre minimal d'enfants pour les allocations familiales",
    unit: 'nombre',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.af.af_cm.nb_enfants_min_pour_allocation',
    values: [
      {
        from: '1946-09-01',
        value: 2,
        source: {
          title: 'Article L521-1 du code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029963006/',
        },
      },
    ],
  },
  afAgeMajoration: {
    description: 'Âge ouvrant la majoration pour âge des allocations familiales',
    unit: 'ans',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.af.af_maj.maj_age_deux_enfants.age1',
    values: [
      {
        from: '2008-05-01',
        value: 14,
        source: {
          title: 'Article R521-1 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000018735853',
        },
      },
      {
        from: '2026-03-01',
        value: 18,
        source: {
          title:
            "Décret n° 2026-138 du 27 février 2026 portant à dix-huit ans l'âge de la majoration des allocations familiales",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053594174',
        },
      },
    ],
  },
  afTauxMajoration: {
    description: 'Majoration pour âge des allocations familiales',
    unit: 'BMAF',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.af.af_maj.maj_age_deux_enfants.taux1',
    values: [
      {
        from: '2008-05-01',
        value: 0.16,
        source: {
          title: 'Article D521-1 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000030680318',
        },
      },
    ],
  },
  afTauxForfaitaire: {
    description: 'Allocation forfaitaire pour un enfant atteignant 20 ans',
    unit: 'BMAF',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.af.af_maj.majoration_enfants.allocation_forfaitaire.taux',
    values: [
      {
        from: '2003-07-01',
        value: 0.20234,
        source: {
          title: 'Décret 2003-573 du 27/06/2003, art. 1 (crée art. D521-2 du CSS)',
          url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000006220298&cidTexte=JORFTEXT000000422090',
        },
      },
    ],
  },
  afAgeForfaitaire: {
    description: "Âge de l'allocation forfaitaire",
    unit: 'ans',
    openfisca: 'prestations_sociales.prestations_familiales.prestations_generales.af.af_cm.age3',
    values: [
      {
        from: '2003-07-01',
        value: 20,
        source: {
          title: 'Article R512-2 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006750602/2000-01-29',
        },
      },
    ],
  },
  afPlafondTranche1: {
    description: 'Allocations familiales : premier plafond de ressources (sans enfant)',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.af.af_cond_ress.plafond_tranche_1_base',
    values: [
      {
        from: '2023-01-01',
        value: 59330,
        source: {
          title:
            'Arrêté du 21 décembre 2022 relatif aux plafonds de ressources de certaines prestations familialess',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046794210',
        },
      },
      {
        from: '2024-01-01',
        value: 62474,
        source: {
          title:
            'Bulletin officiel Santé - Protection sociale - Solidarité n°2023/24 29/12/2023 p.75',
          url: 'https://sante.gouv.fr/fichiers/bo/2023/2023.24.sante.pdf',
        },
      },
      {
        from: '2025-01-01',
        value: 65473,
        source: {
          title:
            'Bulletin officiel Santé - Protection sociale - Solidarité n° 2024/34 du 31/12/2024',
          url: 'https://sante.gouv.fr/fichiers/bo/2024/2024.34.sante.pdf',
        },
      },
      {
        from: '2026-01-01',
        value: 66652,
        source: {
          title: 'Instruction interministérielle n° DSS/2B/2025/177 du 18/12/2025',
          url: 'https://bulletins-officiels.social.gouv.fr/sites/textes-officiels/files/2025-12/SFHS2535630J_0.pdf',
        },
      },
    ],
  },
  afPlafondTranche2: {
    description: 'Allocations familiales : second plafond de ressources (sans enfant)',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.af.af_cond_ress.plafond_tranche_2_base',
    values: [
      {
        from: '2023-01-01',
        value: 83029,
        source: {
          title:
            'Arrêté du 21 décembre 2022 relatif aux plafonds de ressources de certaines prestations familiales',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046794210',
        },
      },
      {
        from: '2024-01-01',
        value: 87430,
        source: {
          title:
            'Bulletin officiel Santé - Protection sociale - Solidarité n°2023/24 29/12/2023 p.75',
          url: 'https://sante.gouv.fr/fichiers/bo/2023/2023.24.sante.pdf',
        },
      },
      {
        from: '2025-01-01',
        value: 91627,
        source: {
          title:
            'Bulletin officiel Santé - Protection sociale - Solidarité n° 2024/34 du 31/12/2024',
          url: 'https://sante.gouv.fr/fichiers/bo/2024/2024.34.sante.pdf',
        },
      },
      {
        from: '2026-01-01',
        value: 93276,
        source: {
          title: 'Instruction interministérielle n° DSS/2B/2025/177 du 18/12/2025',
          url: 'https://bulletins-officiels.social.gouv.fr/sites/textes-officiels/files/2025-12/SFHS2535630J_0.pdf',
        },
      },
    ],
  },
  afPlafondParEnfant: {
    description: 'Allocations familiales : majoration des plafonds par enfant',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.af.af_cond_ress.majoration_plafond_par_enfant_supplementaire',
    values: [
      {
        from: '2023-01-01',
        value: 5932,
        source: {
          title:
            'Arrêté du 21 décembre 2022 relatif aux plafonds de ressources de certaines prestations familiales',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046794210',
        },
      },
      {
        from: '2024-01-01',
        value: 6246,
        source: {
          title:
            'Bulletin officiel Santé - Protection sociale - Solidarité n°2023/24 29/12/2023 p.75',
          url: 'https://sante.gouv.fr/fichiers/bo/2023/2023.24.sante.pdf',
        },
      },
      {
        from: '2025-01-01',
        value: 6546,
        source: {
          title:
            'Bulletin officiel Santé - Protection sociale - Solidarité n° 2024/34 du 31/12/2024',
          url: 'https://sante.gouv.fr/fichiers/bo/2024/2024.34.sante.pdf',
        },
      },
      {
        from: '2026-01-01',
        value: 6664,
        source: {
          title: 'Instruction interministérielle n° DSS/2B/2025/177 du 18/12/2025',
          url: 'https://bulletins-officiels.social.gouv.fr/sites/textes-officiels/files/2025-12/SFHS2535630J_0.pdf',
        },
      },
    ],
  },
  afModulationTranche2: {
    description: 'Allocations familiales : taux entre les deux plafonds',
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.af.af_cm.modulation.taux_tranche_2',
    values: [
      {
        from: '2015-07-01',
        value: 0.5,
        source: {
          title: 'Article L531-3 du code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000030055650/2015-01-01/',
        },
      },
    ],
  },
  afModulationTranche3: {
    description: 'Allocations familiales : taux au-delà du second plafond',
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.af.af_cm.modulation.taux_tranche_3',
    values: [
      {
        from: '2015-07-01',
        value: 0.25,
        source: {
          title: 'Article L531-3 du code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000030055650/2015-01-01/',
        },
      },
    ],
  },
  cfAgeMin: {
    description: 'Complément familial : âge minimal des enfants pris en compte',
    unit: 'ans',
    openfisca: 'prestations_sociales.prestations_familiales.prestations_generales.cf.cf_cm.age_min',
    values: [
      {
        from: '1986-07-01',
        value: 3,
        source: {
          title: 'Décret 89-600 du 28/08/1989, art. 4 (modif art. D522-1)',
          url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000006774526&cidTexte=JORFTEXT000000885994',
        },
      },
    ],
  },
  cfAgeMax: {
    description: 'Complément familial : âge limite des enfants à charge',
    unit: 'ans',
    openfisca: 'prestations_sociales.prestations_familiales.prestations_generales.cf.cf_cm.age_max',
    values: [
      {
        from: '2000-02-01',
        value: 21,
        source: {
          title: 'Décret 2000-71 du 28/01/2000, art. 3 (modif art. R522-1 du CSS)',
          url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000006779255&cidTexte=JORFTEXT000000568187',
        },
      },
    ],
  },
  cfNbEnfantsMin: {
    description: "Complément familial : nombre minimal d'enfants de 3 ans ou plus",
    unit: 'nombre',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.cf.cf_cm.nombre_d_enfants_minimal',
    values: [
      {
        from: '1986-07-01',
        value: 3,
        source: {
          title: 'Décret 89-600 du 28/08/1989, art. 4 (modif art. D522-1)',
          url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000006774526&cidTexte=JORFTEXT000000885994',
        },
      },
    ],
  },
  cfTaux: {
    description: 'Complément familial : montant',
    unit: 'BMAF',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.cf.cf_cm.complement_familial.taux_cf_base',
    values: [
      {
        from: '1983-01-01',
        value: 0.4165,
        source: {
          title: 'Article D522-1 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006737116/',
        },
      },
    ],
  },
  cfTauxMajore: {
    description: 'Complément familial majoré : montant',
    unit: 'BMAF',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.cf.cf_cm.complement_familial.taux_cf_majore',
    values: [
      {
        from: '2018-04-01',
        value: 0.6248,
        source: {
          title: 'Circulaire DSS/SD2B/2018/81 du 22/03/2018, III.',
          url: 'https://www.legifrance.gouv.fr/download/pdf/circ?id=43190',
        },
      },
    ],
  },
  cfPlafond: {
    description: 'Complément familial : plafond de ressources de base',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.cf.cf_plaf.plafond_ressources_0_enfant',
    values: [
      {
        from: '2023-01-01',
        value: 22123,
        source: {
          title:
            'Arrêté du 21 décembre 2022 relatif aux plafonds de ressources de certaines prestations familiales',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046794210',
        },
      },
      {
        from: '2024-01-01',
        value: 23296,
        source: {
          title: 'Arrêté du 22/12/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048680633',
        },
      },
      {
        from: '2025-01-01',
        value: 24414,
        source: {
          title:
            'Bulletin officiel Santé - Protection sociale - Solidarité n° 2024/34 du 31/12/2024',
          url: 'https://sante.gouv.fr/fichiers/bo/2024/2024.34.sante.pdf',
        },
      },
      {
        from: '2026-01-01',
        value: 24853,
        source: {
          title: 'Instruction interministérielle n° DSS/2B/2025/177 du 18/12/2025',
          url: 'https://bulletins-officiels.social.gouv.fr/sites/textes-officiels/files/2025-12/SFHS2535630J_0.pdf',
        },
      },
    ],
  },
  cfMajorationDeuxPremiers: {
    description:
      'Complément familial : majoration du plafond pour chacun des deux premiers enfants',
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.cf.cf_plaf.majoration.deux_premiers_enf',
    values: [
      {
        from: '1986-01-01',
        value: 0.25,
        source: {
          title: 'Décret 85-1353 du 17/12/1985, art. 1 (crée art.R522-2 du CSS)',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000000866621',
        },
      },
    ],
  },
  cfMajorationSuivants: {
    description: 'Complément familial : majoration du plafond par enfant à partir du troisième',
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.cf.cf_plaf.majoration.troisieme_enf_et_plus',
    values: [
      {
        from: '2010-01-01',
        value: 0.3,
        source: {
          title: 'Article L522-2 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000036393166',
        },
      },
    ],
  },
  cfMajorationBiactifsIsoles: {
    description:
      'Complément familial : majoration du plafond pour un parent isolé ou un couple biactif',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.cf.cf_plaf.majoration.biactifs_isoles',
    values: [
      {
        from: '2023-01-01',
        value: 8892,
        source: {
          title:
            'Arrêté du 21 décembre 2022 relatif aux plafonds de ressources de certaines prestations familiales',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046794210',
        },
      },
      {
        from: '2024-01-01',
        value: 9363,
        source: {
          title: 'Arrêté du 22/12/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048680633',
        },
      },
      {
        from: '2025-01-01',
        value: 9812,
        source: {
          title:
            'Bulletin officiel Santé - Protection sociale - Solidarité n° 2024/34 du 31/12/2024',
          url: 'https://sante.gouv.fr/fichiers/bo/2024/2024.34.sante.pdf',
        },
      },
      {
        from: '2026-01-01',
        value: 9989,
        source: {
          title: 'Instruction interministérielle n° DSS/2B/2025/177 du 18/12/2025',
          url: 'https://bulletins-officiels.social.gouv.fr/sites/textes-officiels/files/2025-12/SFHS2535630J_0.pdf',
        },
      },
    ],
  },
  cfPlafondMajore: {
    description: 'Complément familial majoré : plafond en part du plafond de base',
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_familiales.prestations_generales.cf.cf_plaf.plafond_cf_majore',
    values: [
      {
        from: '2014-04-01',
        value: 0.5,
        source: {
          title: 'Article L755-16-1 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000028385607/2014-04-01',
        },
      },
    ],
  },
  asfTaux: {
    description: "ASF par enfant privé de l'aide d'un parent",
    unit: 'BMAF',
    openfisca:
      'prestations_sociales.prestations_familiales.education_presence_parentale.asf.montant_asf.orphelin_assimile_seul_parent',
    values: [
      {
        from: '2022-11-01',
        value: 0.422,
        source: {
          title: 'Article 1 du Décret n° 2022-1370 du 27/10/2022',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046497145',
        },
      },
    ],
  },
  asfSeuil: {
    description: "Montant en dessous duquel l'ASF n'est pas versée",
    unit: 'EUR/mois',
    openfisca: 'prestations_sociales.prestations_familiales.education_presence_parentale.asf.seuil',
    values: [
      {
        from: '2018-07-01',
        value: 15,
        source: {
          title: 'Article D523-3 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037249831/2018-07-01/',
        },
      },
    ],
  },
  pajeTaux: {
    description: 'PAJE allocation de base à taux plein',
    unit: 'BMAF',
    openfisca:
      'prestations_sociales.prestations_familiales.petite_enfance.paje.paje_cm.montant.allocation_base_taux_plein.apres_2018.taux',
    values: [
      {
        from: '2018-04-01',
        value: 0.4165,
        source: {
          title: 'Décret n° 2018-312 du 26 avril 2018, art. 1 (modifie art. D531-3 du CSS)',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000036847857',
        },
      },
    ],
  },
  pajeAgeLimite: {
    description: "PAJE : âge limite de l'enfant",
    unit: 'ans',
    openfisca:
      'prestations_sociales.prestations_familiales.petite_enfance.paje.paje_cm.age_limite_enfant_adopte_non',
    values: [
      {
        from: '2004-01-01',
        value: 3,
        source: {
          title:
            'Décret 2003-1394 du 31/12/2003, art. 1 (modif art. D531-1 du CSS et crée art. D531-3 du CSS)',
          url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000006227364&cidTexte=JORFTEXT000000797514',
        },
      },
    ],
  },
  pajePlafondPlein: {
    description: 'PAJE taux plein : plafond de ressources de base',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.prestations_familiales.petite_enfance.paje.paje_plaf.ne_adopte_apres_04_2018.taux_plein.plafond_ressources_0_enfant',
    values: [
      {
        from: '2023-01-01',
        value: 22123,
        source: {
          title: 'Arrêté du 21/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046794210',
        },
      },
      {
        from: '2024-01-01',
        value: 23296,
        source: {
          title: 'Arrêté du 22/12/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048680633',
        },
      },
      {
        from: '2025-01-01',
        value: 24414,
        source: {
          title: 'Arrêté du 20/12/2024, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050842452',
        },
      },
      {
        from: '2026-01-01',
        value: 24853,
        source: {
          title: 'Arrêté du 18/12/2025, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053165980',
        },
      },
    ],
  },
  pajePlafondPartiel: {
    description: 'PAJE taux partiel : plafond de ressources de base',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.prestations_familiales.petite_enfance.paje.paje_plaf.ne_adopte_apres_04_2018.taux_partiel.plafond_ressources_0_enfant',
    values: [
      {
        from: '2023-01-01',
        value: 26432,
        source: {
          title: 'Arrêté du 21/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046794210',
        },
      },
      {
        from: '2024-01-01',
        value: 27833,
        source: {
          title: 'Arrêté du 22/12/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048680633',
        },
      },
      {
        from: '2025-01-01',
        value: 29169,
        source: {
          title: 'Arrêté du 20/12/2024, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050842452',
        },
      },
      {
        from: '2026-01-01',
        value: 29694,
        source: {
          title: 'Arrêté du 18/12/2025, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053165980',
        },
      },
    ],
  },
  pajeMajorationBiactifsPlein: {
    description: 'PAJE taux plein : majoration pour parent isolé ou couple biactif',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.prestations_familiales.petite_enfance.paje.paje_plaf.ne_adopte_apres_04_2018.taux_plein.biactifs_parents_isoles',
    values: [
      {
        from: '2023-01-01',
        value: 8892,
        source: {
          title: 'Arrêté du 21/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046794210',
        },
      },
      {
        from: '2024-01-01',
        value: 9363,
        source: {
          title: 'Arrêté du 22/12/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048680633',
        },
      },
      {
        from: '2025-01-01',
        value: 9812,
        source: {
          title: 'Arrêté du 20/12/2024, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050842452',
        },
      },
      {
        from: '2026-01-01',
        value: 9989,
        source: {
          title: 'Arrêté du 18/12/2025, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053165980',
        },
      },
    ],
  },
  pajeMajorationBiactifsPartiel: {
    description: 'PAJE taux partiel : majoration pour parent isolé ou couple biactif',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.prestations_familiales.petite_enfance.paje.paje_plaf.ne_adopte_apres_04_2018.taux_partiel.biactifs_parents_isoles',
    values: [
      {
        from: '2023-01-01',
        value: 10625,
        source: {
          title: 'Arrêté du 21/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046794210',
        },
      },
      {
        from: '2024-01-01',
        value: 11188,
        source: {
          title: 'Arrêté du 22/12/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048680633',
        },
      },
      {
        from: '2025-01-01',
        value: 11725,
        source: {
          title: 'Arrêté du 20/12/2024, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050842452',
        },
      },
      {
        from: '2026-01-01',
        value: 11936,
        source: {
          title: 'Arrêté du 18/12/2025, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053165980',
        },
      },
    ],
  },
  pajeMajorationDeuxPremiers: {
    description: 'PAJE : majoration du plafond pour chacun des deux premiers enfants',
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_familiales.petite_enfance.paje.paje_plaf.ne_adopte_apres_04_2018.majorations_enfants.premier_2eme_enfant',
    values: [
      {
        from: '2018-04-01',
        value: 0.25,
        source: {
          title: 'Loi 2017-1836 du 30/12/2017, art. 37 (modifie art. L531-3 du CSS)',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000036339090',
        },
      },
    ],
  },
  pajeMajorationSuivants: {
    description: 'PAJE : majoration du plafond par enfant à partir du troisième',
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_familiales.petite_enfance.paje.paje_plaf.ne_adopte_apres_04_2018.majorations_enfants.troisieme_plus_enfant',
    values: [
      {
        from: '2018-04-01',
        value: 0.3,
        source: {
          title: 'Loi 2017-1836 du 30/12/2017, art. 37 (modifie art. L531-3 du CSS)',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000036339090',
        },
      },
    ],
  },
} satisfies Record<string, Parameter>;
