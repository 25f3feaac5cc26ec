// What each role will find on its home page. Every feature is announced before it exists, so the
// page says what is coming and for whom instead of showing an empty screen.
import { isKnownRole } from '../../api/index.ts';
import type { Role } from '../../api/index.ts';

/** The later issue that brings a tile to life; each area gets its own route folder. */
export type Area = 'bilan' | 'suivi' | 'reperage' | 'pilotage' | 'administration';

export type HomeTile = {
  id: string;
  area: Area;
  title: string;
  /** What the feature will do, in one or two sentences. */
  description: string;
  /** Who it is for, as the people on the ground say it. */
  audience: string;
  /** 'bientot': announced; 'disponible': `link` opens it. */
  status: 'bientot' | 'disponible';
  link?: string;
};

const tiles = {
  bilan: {
    id: 'bilan',
    area: 'bilan',
    title: 'Faire un bilan de droits',
    description:
      "Un questionnaire d'une question par écran, utilisable sur téléphone et sans connexion : les aides auxquelles la personne a droit, combien, pourquoi et comment les demander.",
    audience: 'Pour les personnes que vous rencontrez, avec elles.',
    status: 'disponible',
    link: '/bilan',
  },
  menages: {
    id: 'menages',
    area: 'suivi',
    title: 'Mes ménages suivis',
    description:
      "Les dossiers des ménages : consentements, bilans enregistrés et chaque droit suivi jusqu'à son ouverture.",
    audience: 'Pour les ménages que vous accompagnez.',
    status: 'disponible',
    link: '/suivi',
  },
  orientations: {
    id: 'orientations',
    area: 'suivi',
    title: 'Orientations',
    description:
      "Adressez un ménage à un partenaire, avec son accord, et sachez ce qu'il en est advenu.",
    audience: 'Pour les ménages que vous accompagnez et les partenaires du territoire.',
    status: 'disponible',
    link: '/suivi/orientations',
  },
  reperage: {
    id: 'reperage',
    area: 'reperage',
    title: 'Listes de repérage',
    description:
      "Les fichiers des partenaires, croisés sous convention, donnent la liste priorisée des ménages qui pourraient avoir droit à une aide qu'ils ne perçoivent pas ; attribuez-les aux ambassadeurs et suivez la conversion.",
    audience: 'Pour les équipes qui vont à la rencontre des ménages (aller-vers).',
    status: 'disponible',
    link: '/reperage/listes',
  },
  conventions: {
    id: 'conventions',
    area: 'reperage',
    title: 'Conventions et fichiers des partenaires',
    description:
      'Les conventions de partage de données du territoire, l’import des fichiers des partenaires (CSV ou XLSX) avec leur rapport, et leur rapprochement pseudonyme.',
    audience:
      'Pour la coordination du territoire et les partenaires qui transmettent leurs fichiers.',
    status: 'disponible',
    link: '/reperage',
  },
  mesPersonnes: {
    id: 'mes-personnes',
    area: 'reperage',
    title: 'Mes personnes à rencontrer',
    description:
      'Les personnes repérées que la coordination vous a attribuées : leurs coordonnées, le droit à proposer, un courrier d’invitation si besoin, le dossier en un clic.',
    audience: 'Pour les ambassadeurs et travailleurs sociaux qui vont vers les ménages.',
    status: 'disponible',
    link: '/reperage/mes-personnes',
  },
  actions: {
    id: 'actions',
    area: 'pilotage',
    title: "Saisir une action d'aller-vers",
    description:
      'Maraude, permanence, bus des droits… : le lieu, les personnes rencontrées et orientées, en un écran sur téléphone, même sans réseau.',
    audience: 'Pour les équipes qui vont à la rencontre des habitants.',
    status: 'disponible',
    link: '/pilotage/actions/nouvelle',
  },
  partenaires: {
    id: 'partenaires',
    area: 'pilotage',
    title: 'Réseau des partenaires',
    description:
      "L'annuaire des structures et services du territoire, cherché par besoin (« qui appeler pour… »), échangé au schéma data·inclusion.",
    audience: 'Pour la coordination du territoire et les professionnels.',
    status: 'disponible',
    link: '/pilotage/reseau',
  },
  ateliers: {
    id: 'ateliers',
    area: 'pilotage',
    title: 'Ateliers entre professionnels',
    description: 'Les ateliers du réseau : date, thème, organisations présentes, suites données.',
    audience: 'Pour la coordination du territoire.',
    status: 'disponible',
    link: '/pilotage/ateliers',
  },
  blocages: {
    id: 'blocages',
    area: 'pilotage',
    title: 'Blocages',
    description:
      "Les difficultés d'accès aux droits qui reviennent (pièces, délais, règles), à remonter aux organismes pour suivre leur résolution.",
    audience: 'Pour la coordination du territoire et ses partenaires.',
    status: 'disponible',
    link: '/pilotage/blocages',
  },
  indicateurs: {
    id: 'indicateurs',
    area: 'pilotage',
    title: 'Indicateurs du territoire',
    description:
      'Bilans, droits ouverts et actions menées, par mois et par aide, avec les petits effectifs masqués.',
    audience: "Pour le pilotage et l'évaluation de l'expérimentation.",
    status: 'disponible',
    link: '/pilotage',
  },
  evaluation: {
    id: 'evaluation',
    area: 'pilotage',
    title: "Exports pour l'évaluation nationale",
    description:
      "Les données statistiques pseudonymisées attendues par l'évaluation, sans aucune donnée permettant d'identifier une personne.",
    audience: "Pour l'équipe d'évaluation.",
    status: 'disponible',
    link: '/pilotage#exports',
  },
  comptes: {
    id: 'comptes',
    area: 'administration',
    title: 'Comptes et organisations',
    description:
      'Créer les organisations du territoire, ouvrir et fermer les comptes, attribuer les rôles.',
    audience: 'Pour les administrateurs de la plateforme.',
    status: 'bientot',
  },
} as const satisfies Record<string, HomeTile>;

const tilesByRole: Record<Role, readonly HomeTile[]> = {
  ambassadeur: [tiles.bilan, tiles.menages, tiles.mesPersonnes, tiles.actions, tiles.partenaires],
  travailleur_social: [
    tiles.bilan,
    tiles.menages,
    tiles.orientations,
    tiles.mesPersonnes,
    tiles.actions,
    tiles.partenaires,
    tiles.conventions,
  ],
  coordinateur: [
    tiles.partenaires,
    tiles.blocages,
    tiles.ateliers,
    tiles.actions,
    tiles.conventions,
    tiles.reperage,
    tiles.indicateurs,
  ],
  pilote: [tiles.indicateurs, tiles.blocages, tiles.ateliers, tiles.partenaires],
  evaluateur: [tiles.indicateurs, tiles.evaluation],
  admin: [tiles.comptes, tiles.conventions],
};

/** The tiles of a role's home page, most used first; none for a role this build does not know. */
export function homeTilesFor(role: string): readonly HomeTile[] {
  return isKnownRole(role) ? tilesByRole[role] : [];
}
