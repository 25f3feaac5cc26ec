/**
 * The entities of French social law, as in OpenFisca: the individu, the famille (the CAF
 * household: one or two parents and their dependants), the ménage (the dwelling) and the foyer
 * fiscal. A batch is a list of familles; each carries the data of the ménage it lives in.
 */
export type EntityName = 'individu' | 'famille' | 'menage' | 'foyer_fiscal';

/** Role of an individu in its famille. */
export const Role = { demandeur: 0, conjoint: 1, enfant: 2 } as const;
export type RoleCode = (typeof Role)[keyof typeof Role];

/** OpenFisca `activite`, in the order of OpenFisca's enum. */
export const Activite = { actif: 0, chomeur: 1, etudiant: 2, retraite: 3, inactif: 4 } as const;
export type ActiviteCode = (typeof Activite)[keyof typeof Activite];

/** OpenFisca `statut_occupation_logement` values we support. */
export const Housing = {
  non_renseigne: 0,
  locataire_hlm: 1,
  locataire_vide: 2,
  locataire_meuble: 3,
  proprietaire: 4,
  loge_gratuitement: 5,
  primo_accedant: 6,
  locataire_foyer: 7,
} as const;
export type HousingCode = (typeof Housing)[keyof typeof Housing];

/** OpenFisca `etat_logement`: the dwelling a home buyer repays (new, or old with or without works). */
export const EtatLogement = {
  non_renseigne: 0,
  construction_acquisition_logement_neuf: 1,
  acquisition_amelioration: 2,
  acquisition_sans_amelioration_logement_existant: 3,
  amelioration: 4,
  agrandissement_amenagement: 5,
} as const;

/** OpenFisca `statut_marital`. */
export const Marital = { celibataire: 0, marie: 1, pacse: 2, divorce: 3, veuf: 4 } as const;
export type MaritalCode = (typeof Marital)[keyof typeof Marital];

/** True for the tenancy statuses that open housing aid in the rental sector. */
export function isTenant(housing: number): boolean {
  return (
    housing === Housing.locataire_hlm ||
    housing === Housing.locataire_vide ||
    housing === Housing.locataire_meuble
  );
}
