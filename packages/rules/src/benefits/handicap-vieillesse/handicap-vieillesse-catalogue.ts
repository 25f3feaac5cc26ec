import type { CatalogueEntry } from '../../catalogue.ts';

/** How to claim the AAH. */
export const aahCatalogue: CatalogueEntry = {
  id: 'aah',
  label: 'Allocation aux adultes handicapés (AAH)',
  description:
    'L’AAH assure un revenu minimum aux personnes handicapées dont le taux d’incapacité est d’au moins 80 %, ou de 50 à 79 % avec une restriction substantielle et durable d’accès à l’emploi reconnue par la MDPH.',
  payer: 'La Caf (ou la MSA), après la décision de la CDAPH de la MDPH',
  howToClaim:
    'Déposer à la MDPH du département le formulaire de demande (Cerfa 15692) avec un certificat médical de moins d’un an, en ligne quand la MDPH le propose ; la Caf calcule ensuite le montant.',
  onlineProcedure: {
    label: 'Demander l’AAH à la MDPH (mon-parcours-handicap.gouv.fr)',
    url: 'https://mdphenligne.cnsa.fr/',
  },
  documents: [
    'Formulaire de demande à la MDPH (Cerfa 15692)',
    'Certificat médical (Cerfa 15695) de moins d’un an',
    "Pièce d'identité et justificatif de domicile",
    'Ressources (avis d’imposition, bulletins de paie)',
  ],
  usualDelay:
    'La MDPH a quatre mois pour décider (souvent plus) ; l’AAH est due dès le mois qui suit le dépôt de la demande.',
  servicePublicFiche: 'F12242',
  whenRefused:
    'Contester la décision de la CDAPH par un recours administratif préalable obligatoire auprès de la MDPH dans les deux mois, puis devant le pôle social du tribunal judiciaire ; une conciliation est possible.',
  periodicity: 'mensuelle',
  rounding: 'Montant au centime.',
};

/** How to claim the ASPA. */
export const aspaCatalogue: CatalogueEntry = {
  id: 'aspa',
  label: 'Allocation de solidarité aux personnes âgées (ASPA)',
  description:
    'L’ASPA complète les ressources des personnes de 65 ans ou plus (ou de l’âge légal de départ à la retraite en cas d’inaptitude ou de handicap) qui vivent en France avec de faibles revenus.',
  payer:
    'La caisse de retraite (Carsat, MSA…), ou le service de l’ASPA (Caisse des dépôts) pour qui n’a pas de retraite',
  howToClaim:
    'Demander l’ASPA à sa caisse de retraite, en ligne sur info-retraite.fr ou avec le formulaire Cerfa 13710 ; sans retraite, s’adresser à la mairie ou au service de l’ASPA.',
  onlineProcedure: {
    label: 'Demander l’ASPA (info-retraite.fr)',
    url: 'https://www.info-retraite.fr/portail-services/',
  },
  documents: [
    'Formulaire de demande (Cerfa 13710)',
    "Pièce d'identité ou titre de séjour",
    'Ressources des trois derniers mois et des douze derniers mois',
    "Relevé d'identité bancaire (RIB)",
  ],
  usualDelay:
    'Due le mois qui suit la demande ; la caisse a quatre mois pour répondre (sans réponse, c’est un refus).',
  servicePublicFiche: 'F16871',
  whenRefused:
    'Saisir la commission de recours amiable de la caisse de retraite dans les deux mois, puis le pôle social du tribunal judiciaire.',
  periodicity: 'mensuelle',
  rounding: 'Montant au centime ; récupérable sur une succession au-delà d’un seuil.',
};

/** How to claim the ASI. */
export const asiCatalogue: CatalogueEntry = {
  id: 'asi',
  label: 'Allocation supplémentaire d’invalidité (ASI)',
  description:
    'L’ASI complète la pension d’invalidité (ou de retraite anticipée pour invalidité) des personnes qui n’ont pas l’âge de l’ASPA et dont les ressources sont faibles.',
  payer: 'La CPAM (ou la caisse qui verse la pension d’invalidité, dont la MSA)',
  howToClaim:
    'Remplir le formulaire de demande d’ASI (Cerfa 50041) et l’envoyer à la caisse qui verse la pension d’invalidité.',
  onlineProcedure: {
    label: 'L’allocation supplémentaire d’invalidité (ameli.fr)',
    url: 'https://www.ameli.fr/assure/droits-demarches/invalidite-handicap/allocation-supplementaire-invalidite',
  },
  documents: [
    'Formulaire de demande d’ASI (Cerfa 50041)',
    'Titre de pension d’invalidité',
    'Ressources des trois derniers mois',
    "Relevé d'identité bancaire (RIB)",
  ],
  usualDelay: 'Due le mois qui suit la demande ; réponse de la caisse en général sous deux mois.',
  servicePublicFiche: 'F16940',
  whenRefused:
    'Saisir la commission de recours amiable de la caisse dans les deux mois, puis le pôle social du tribunal judiciaire.',
  periodicity: 'mensuelle',
  rounding: 'Montant au centime.',
};
