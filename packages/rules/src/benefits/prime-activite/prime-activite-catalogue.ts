import type { CatalogueEntry } from '../../catalogue.ts';

/** How to claim the prime d'activité. */
export const primeActiviteCatalogue: CatalogueEntry = {
  id: 'ppa',
  label: "Prime d'activité",
  description:
    "La prime d'activité complète les revenus des personnes de 18 ans ou plus qui travaillent et gagnent modestement.",
  payer: 'La Caf (ou la MSA pour le régime agricole), pour le compte de l’État',
  howToClaim:
    'Faire la demande en ligne sur le site de la Caf ou de la MSA, puis déclarer ses ressources chaque trimestre.',
  onlineProcedure: {
    label: "Demander la prime d'activité en ligne (caf.fr)",
    url: 'https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/vie-professionnelle/la-prime-d-activite',
  },
  documents: [
    'Numéro de sécurité sociale',
    "Relevé d'identité bancaire (RIB)",
    'Revenus des trois derniers mois de chaque membre du foyer (bulletins de paie, allocations)',
  ],
  usualDelay: 'Versée le mois suivant la demande, puis recalculée tous les trois mois.',
  servicePublicFiche: 'F2882',
  whenRefused:
    'Saisir la commission de recours amiable de la Caf dans les deux mois, puis le tribunal judiciaire ; le médiateur de la Caf peut aussi être sollicité.',
  periodicity: 'mensuelle',
  rounding: 'Montant au centime ; non versée en dessous de 15 €.',
};
