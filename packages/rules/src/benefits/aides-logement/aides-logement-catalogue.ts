import type { CatalogueEntry } from '../../catalogue.ts';

/** How to claim the aides personnelles au logement (APL, ALF, ALS). */
export const aidesLogementCatalogue: CatalogueEntry = {
  id: 'aide_logement',
  label: 'Aide personnalisée au logement (APL, ALF ou ALS)',
  description:
    "L'aide au logement réduit le loyer des locataires aux revenus modestes ; la Caf verse l'APL pour un logement conventionné, sinon l'ALF ou l'ALS.",
  payer: 'La Caf (ou la MSA), souvent directement au bailleur',
  howToClaim:
    "Faire la demande en ligne sur le site de la Caf dès l'entrée dans le logement, avec l'attestation de loyer remplie par le bailleur.",
  onlineProcedure: {
    label: 'Demander une aide au logement en ligne (caf.fr)',
    url: 'https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/logement/les-aides-personnelles-au-logement',
  },
  documents: [
    'Bail ou contrat de location',
    'Attestation de loyer signée par le bailleur',
    "Relevé d'identité bancaire (RIB)",
    'Numéro de sécurité sociale et ressources des douze derniers mois',
  ],
  usualDelay:
    "Droit ouvert le mois qui suit l'entrée dans le logement, sans effet rétroactif : demander sans attendre.",
  servicePublicFiche: 'F12006',
  whenRefused:
    'Saisir la commission de recours amiable de la Caf dans les deux mois, puis le tribunal administratif ; le médiateur de la Caf peut aussi être sollicité.',
  periodicity: 'mensuelle',
  rounding: 'Montant au centime après CRDS ; non versée en dessous de 10 € (ALF, ALS).',
};

/**
 * The name of the housing aid the engine found (`aide_logement_type`): the Caf pays one of three,
 * and the person should hear which one. Without a kind (no right), the catalogue's label stays.
 */
export const housingAidKindLabels: Record<'apl' | 'alf' | 'als', string> = {
  apl: 'Aide personnalisée au logement (APL)',
  alf: 'Allocation de logement familiale (ALF)',
  als: 'Allocation de logement sociale (ALS)',
};
