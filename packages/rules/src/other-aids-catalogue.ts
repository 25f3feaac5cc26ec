// The aids the engine does not compute, but that a household's answers point to: what each one
// is, who decides, how to ask, its Service-Public fiche, and — as data — which situations point to
// it. The bilan shows the ones pointed to under « Ce que vous pouvez aussi demander ».
import type { OtherAidEntry } from './other-aids.ts';

/** Benefits of the engine that mark modest resources (any one of them open). */
const MODEST = ['rsa', 'ppa', 'aide_logement', 'css', 'aspa', 'aah', 'asi'];

export const otherAidsCatalogue: readonly OtherAidEntry[] = [
  {
    id: 'ass',
    label: 'Allocation de solidarité spécifique (ASS)',
    description:
      'L’ASS peut prendre le relais quand l’allocation chômage s’arrête, si vous avez assez travaillé avant.',
    why: 'Vous êtes au chômage.',
    decider: 'France Travail décide et verse l’ASS',
    howToClaim:
      'France Travail envoie le dossier avant la fin de l’allocation chômage ; sinon, demandez-le à votre conseiller.',
    servicePublicFiche: 'F12484',
    pointedBy: [[{ kind: 'activite', values: ['chomeur'] }]],
  },
  {
    id: 'prime_noel',
    label: 'Prime de Noël',
    description:
      'Une prime versée en décembre aux foyers qui touchent le RSA ou l’ASS en novembre ou en décembre.',
    why: 'Le RSA semble possible pour vous, ou vous êtes au chômage.',
    decider: 'La Caf, la MSA ou France Travail la versent',
    howToClaim: 'Rien à demander : elle est versée seule, si le RSA ou l’ASS est payé à ce moment.',
    servicePublicFiche: 'F1325',
    pointedBy: [
      [{ kind: 'droit', benefits: ['rsa'] }],
      [{ kind: 'activite', values: ['chomeur'] }],
    ],
  },
  {
    id: 'bourse_college',
    label: 'Bourse de collège',
    description: 'Une aide pour les frais de scolarité d’un enfant au collège, selon les revenus.',
    why: 'Vous avez un enfant en âge d’aller au collège.',
    decider: 'Le collège et le rectorat décident ; l’argent est versé chaque trimestre',
    howToClaim:
      'Faites la demande au collège, en ligne sur le portail Scolarité services, à la rentrée.',
    servicePublicFiche: 'F984',
    pointedBy: [[{ kind: 'enfant_age', min: 10, max: 15 }]],
  },
  {
    id: 'bourse_lycee',
    label: 'Bourse de lycée',
    description: 'Une aide pour les frais de scolarité d’un enfant au lycée, selon les revenus.',
    why: 'Vous avez un enfant en âge d’aller au lycée.',
    decider: 'Le rectorat décide ; l’argent est versé chaque trimestre',
    howToClaim:
      'Faites la demande au lycée ou au collège, en ligne sur le portail Scolarité services, au printemps.',
    servicePublicFiche: 'F616',
    pointedBy: [[{ kind: 'enfant_age', min: 14, max: 19 }]],
  },
  {
    id: 'aeeh',
    label: 'Allocation d’éducation de l’enfant handicapé (AEEH)',
    description:
      'Une aide pour élever un enfant de moins de 20 ans qui a un handicap, quels que soient vos revenus.',
    why: 'Vous avez un enfant : si son handicap est reconnu, cette aide est possible.',
    decider: 'La MDPH décide ; la Caf ou la MSA verse l’aide',
    howToClaim: 'Remplissez le dossier de la MDPH avec un certificat médical récent.',
    servicePublicFiche: 'F14809',
    pointedBy: [[{ kind: 'enfant_age', min: 0, max: 19 }]],
  },
  {
    id: 'pch',
    label: 'Prestation de compensation du handicap (PCH)',
    description:
      'Une aide pour payer ce que le handicap coûte : aide humaine, matériel, travaux ou transport.',
    why: 'Vous avez dit qu’une personne du foyer a un handicap.',
    decider: 'La MDPH décide ; le département verse l’aide',
    howToClaim: 'Remplissez le dossier de la MDPH avec un certificat médical récent.',
    servicePublicFiche: 'F14202',
    pointedBy: [[{ kind: 'handicap' }]],
  },
  {
    id: 'apa',
    label: 'Allocation personnalisée d’autonomie (APA)',
    description:
      'Une aide pour les personnes de 60 ans ou plus qui ont besoin d’aide pour les gestes de tous les jours.',
    why: 'Une personne du foyer a 60 ans ou plus.',
    decider: 'Le département décide et verse l’aide',
    howToClaim:
      'Demandez le dossier au département, à la mairie ou au CCAS ; une équipe vient à domicile.',
    servicePublicFiche: 'F10009',
    pointedBy: [[{ kind: 'adulte_age', min: 60 }]],
  },
  {
    id: 'fsl',
    label: 'Fonds de solidarité pour le logement (FSL)',
    description:
      'Une aide pour entrer dans un logement, payer une dette de loyer ou des factures d’énergie et d’eau.',
    why: 'Vous êtes locataire et vos ressources sont modestes.',
    decider: 'Le département décide, selon son propre règlement',
    howToClaim: 'Demandez au CCAS, à une assistante sociale ou au département.',
    servicePublicFiche: 'F1334',
    pointedBy: [[{ kind: 'locataire' }, { kind: 'droit', benefits: MODEST }]],
  },
  {
    id: 'protections_cheque_energie',
    label: 'Les protections du chèque énergie',
    description:
      'Avec le chèque énergie, pas de frais en cas d’impayé et pas de baisse de puissance l’hiver.',
    why: 'Le chèque énergie semble possible pour vous.',
    decider: 'Le fournisseur d’énergie les applique',
    howToClaim:
      'Envoyez à votre fournisseur l’attestation reçue avec le chèque, ou utilisez le chèque chez lui.',
    servicePublicFiche: 'F20055',
    pointedBy: [[{ kind: 'droit', benefits: ['cheque_energie'] }]],
  },
  {
    id: 'tarifs_sociaux',
    label: 'Les tarifs sociaux (téléphone, transports, eau)',
    description:
      'Des prix plus bas pour le téléphone, les transports et parfois l’eau, pour les foyers modestes.',
    why: 'Le RSA ou l’AAH semble possible pour vous, ou vous êtes au chômage.',
    decider: 'L’opérateur, la ville ou le réseau de transport décide',
    howToClaim:
      'Demandez à votre opérateur de téléphone, à l’agence de transport et à la mairie, avec votre attestation de droits.',
    servicePublicFiche: 'F1337',
    pointedBy: [
      [{ kind: 'droit', benefits: ['rsa', 'aah'] }],
      [{ kind: 'activite', values: ['chomeur'] }],
    ],
  },
  {
    id: 'aides_locales',
    label: 'Les aides de votre commune et de votre département',
    description:
      'La mairie, son CCAS et le département ont leurs aides : secours, cantine, transports, factures.',
    why: 'Chaque territoire a ses propres aides.',
    decider: 'Le CCAS de la mairie ou le département décide, selon ses règles',
    howToClaim: 'Prenez rendez-vous au CCAS de votre mairie avec vos derniers justificatifs.',
    servicePublicFiche: 'F19294',
    pointedBy: [[{ kind: 'toujours' }]],
  },
];
