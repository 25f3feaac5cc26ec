import type { CatalogueEntry } from '../../catalogue.ts';

const CAF_CLAIM_FAMILY =
  'Faire la demande en ligne sur caf.fr (ou msa.fr au régime agricole) ; une famille déjà allocataire qui a déclaré ses enfants la reçoit en général sans autre démarche.';
export const CAF_REFUSAL =
  'Demander les motifs par écrit, saisir la commission de recours amiable de la Caf (ou de la MSA) dans les deux mois, puis le pôle social du tribunal judiciaire ; le médiateur de la Caf peut aussi être sollicité.';
export const FAMILY_DOCUMENTS = [
  "Pièce d'identité ou titre de séjour des parents",
  'Livret de famille ou acte de naissance de chaque enfant',
  "Relevé d'identité bancaire (RIB)",
  'Numéro de sécurité sociale',
];

/** How to claim the allocations familiales. */
export const afCatalogue: CatalogueEntry = {
  id: 'af',
  label: 'Allocations familiales',
  description:
    'Les allocations familiales sont versées chaque mois aux familles qui ont au moins deux enfants à charge de moins de 20 ans, avec un montant qui dépend des revenus, une majoration à partir de 14 ans et un forfait pour un enfant qui atteint 20 ans.',
  payer: 'La Caf (ou la MSA pour le régime agricole)',
  howToClaim: CAF_CLAIM_FAMILY,
  onlineProcedure: {
    label: 'Déclarer une naissance ou un enfant à charge (caf.fr)',
    url: 'https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/vie-personnelle/les-allocations-familiales-af',
  },
  documents: FAMILY_DOCUMENTS,
  usualDelay: 'Versées à partir du mois qui suit l’arrivée du deuxième enfant à charge.',
  servicePublicFiche: 'F13213',
  whenRefused: CAF_REFUSAL,
  periodicity: 'mensuelle',
  rounding: 'Montant au centime, après CRDS.',
};

/** How to claim the complément familial. */
export const cfCatalogue: CatalogueEntry = {
  id: 'cf',
  label: 'Complément familial',
  description:
    'Le complément familial s’ajoute aux allocations familiales pour les familles aux revenus modestes qui ont au moins trois enfants à charge âgés de 3 à 21 ans, avec un montant majoré sous un plafond plus bas.',
  payer: 'La Caf (ou la MSA pour le régime agricole)',
  howToClaim:
    'Aucune demande séparée : la Caf l’ouvre à la déclaration du troisième enfant si les revenus de l’avant-dernière année sont sous le plafond ; vérifier que la situation et les revenus sont à jour sur caf.fr.',
  onlineProcedure: {
    label: 'Mon compte Caf : déclarer un changement de situation',
    url: 'https://www.caf.fr/allocataires/mon-compte',
  },
  documents: [...FAMILY_DOCUMENTS, 'Revenus de l’avant-dernière année (avis d’imposition)'],
  usualDelay: 'Versé à partir du mois qui suit les 3 ans du plus jeune des trois enfants.',
  servicePublicFiche: 'F13214',
  whenRefused: CAF_REFUSAL,
  periodicity: 'mensuelle',
  rounding:
    'Montant au centime, après CRDS ; différentiel quand les revenus dépassent un peu le plafond.',
};

/** How to claim the allocation de soutien familial. */
export const asfCatalogue: CatalogueEntry = {
  id: 'asf',
  label: 'Allocation de soutien familial (ASF)',
  description:
    'L’allocation de soutien familial aide le parent qui élève seul un enfant privé de l’aide de l’autre parent, ou qui reçoit une pension alimentaire inférieure à son montant.',
  payer: 'La Caf (ou la MSA pour le régime agricole)',
  howToClaim:
    'Remplir la demande en ligne sur caf.fr ; la Caf peut aider à fixer ou à recouvrer la pension alimentaire (service ARIPA).',
  onlineProcedure: {
    label: 'Demander l’allocation de soutien familial (caf.fr)',
    url: 'https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/vie-personnelle/l-allocation-de-soutien-familial-asf',
  },
  documents: [
    ...FAMILY_DOCUMENTS,
    'Jugement ou convention fixant la pension alimentaire, s’il y en a un',
    'Justificatif des démarches pour obtenir la pension (plainte, huissier), si elle n’est pas payée',
  ],
  usualDelay: 'Versée à partir du mois qui suit la demande ; premier paiement en un à deux mois.',
  servicePublicFiche: 'F815',
  whenRefused: CAF_REFUSAL,
  periodicity: 'mensuelle',
  rounding: 'Montant au centime, après CRDS, diminué de la pension alimentaire reçue.',
};

/** How to claim the PAJE allocation de base. */
export const pajeBaseCatalogue: CatalogueEntry = {
  id: 'paje_base',
  label: 'Allocation de base de la Paje',
  description:
    'L’allocation de base de la prestation d’accueil du jeune enfant aide les parents aux revenus modestes à faire face aux dépenses d’un enfant de moins de 3 ans.',
  payer: 'La Caf (ou la MSA pour le régime agricole)',
  howToClaim:
    'Déclarer la grossesse à la CPAM et à la Caf avant la fin du troisième mois, puis la naissance sur caf.fr ; l’allocation de base est ouverte avec la prime à la naissance.',
  onlineProcedure: {
    label: 'Déclarer une naissance (caf.fr)',
    url: 'https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/vie-personnelle/la-prestation-d-accueil-du-jeune-enfant-paje',
  },
  documents: [...FAMILY_DOCUMENTS, 'Déclaration de grossesse ou acte de naissance'],
  usualDelay: 'Versée à partir du mois qui suit la naissance, jusqu’au mois qui précède les 3 ans.',
  servicePublicFiche: 'F2552',
  whenRefused: CAF_REFUSAL,
  periodicity: 'mensuelle',
  rounding: 'Montant au centime, après CRDS ; taux plein ou partiel selon les revenus.',
};
