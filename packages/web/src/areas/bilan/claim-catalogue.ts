// How to claim each benefit. The engine will carry this catalogue next to each formula (see
// /work/notes/requests-to-rules.md); until it does, this module is the web's stand-in, and the
// only file to delete then. Links are fields: the page renders them.

export type ClaimInfo = {
  /** Who pays and decides. */
  organisation: string;
  /** Where to go when the person cannot do it online. */
  where: string;
  online: { label: string; url: string };
  /** The Service-Public page that explains the benefit. */
  servicePublic: string;
  documents: string[];
};

export type BenefitId = 'rsa' | 'primeActivite' | 'aidesLogement';

const cafOnline = {
  label: 'Faire la demande en ligne sur caf.fr',
  url: 'https://www.caf.fr/allocataires/mes-services-en-ligne/faire-une-demande-de-prestation',
};

export const claimCatalogue: Record<BenefitId, ClaimInfo> = {
  rsa: {
    organisation: 'La Caf (ou la MSA pour le régime agricole)',
    where: 'À la Caf, au CCAS de la commune ou dans une Maison France services.',
    online: cafOnline,
    servicePublic: 'https://www.service-public.fr/particuliers/vosdroits/F19778',
    documents: [
      'Une pièce d’identité ou un titre de séjour',
      'Un relevé d’identité bancaire (RIB)',
      'Les revenus des trois derniers mois (fiches de paie, attestations)',
      'Le numéro de sécurité sociale de chaque personne du foyer',
    ],
  },
  primeActivite: {
    organisation: 'La Caf (ou la MSA pour le régime agricole)',
    where: 'En ligne de préférence ; sinon à la Caf ou dans une Maison France services.',
    online: cafOnline,
    servicePublic: 'https://www.service-public.fr/particuliers/vosdroits/F2882',
    documents: [
      'Un relevé d’identité bancaire (RIB)',
      'Les revenus des trois derniers mois de chaque personne du foyer',
      'Le numéro de sécurité sociale',
    ],
  },
  aidesLogement: {
    organisation: 'La Caf (ou la MSA pour le régime agricole)',
    where: 'En ligne de préférence ; sinon à la Caf ou dans une Maison France services.',
    online: cafOnline,
    servicePublic: 'https://www.service-public.fr/particuliers/vosdroits/F12006',
    documents: [
      'Le bail ou une quittance de loyer',
      'L’attestation de loyer remplie par le propriétaire (ou le bailleur social)',
      'Un relevé d’identité bancaire (RIB)',
      'Les revenus des douze derniers mois',
    ],
  },
};
