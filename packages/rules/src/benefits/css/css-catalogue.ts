import type { CatalogueEntry } from '../../catalogue.ts';

/** How to claim the Complémentaire santé solidaire. */
export const cssCatalogue: CatalogueEntry = {
  id: 'css',
  label: 'Complémentaire santé solidaire (CSS)',
  description:
    'La Complémentaire santé solidaire prend en charge la part des soins que l’Assurance maladie ne rembourse pas, gratuitement ou pour une participation de 8 à 30 € par mois et par personne selon l’âge.',
  payer: 'La CPAM (ou la MSA), ou l’organisme complémentaire choisi',
  howToClaim:
    'Faire la demande en ligne sur son compte ameli, ou envoyer le formulaire S3711 à sa CPAM ; les allocataires du RSA l’obtiennent gratuitement et de façon simplifiée.',
  onlineProcedure: {
    label: 'Demander la Complémentaire santé solidaire (ameli.fr)',
    url: 'https://www.ameli.fr/assure/droits-demarches/difficultes-acces-droits-soins/complementaire-sante/complementaire-sante-solidaire',
  },
  documents: [
    'Formulaire de demande (S3711) si la demande est faite sur papier',
    "Pièce d'identité ou titre de séjour de chaque membre du foyer",
    'Ressources des douze derniers mois de chaque membre du foyer',
    'Avis d’imposition',
  ],
  usualDelay:
    'La caisse répond dans les deux mois ; le droit commence le mois qui suit la décision, pour un an renouvelable.',
  servicePublicFiche: 'F10027',
  whenRefused:
    'Saisir la commission de recours amiable de la CPAM dans les deux mois, puis le pôle social du tribunal judiciaire ; le conciliateur de la CPAM peut aider.',
  periodicity: 'mensuelle',
  rounding: 'Participation mensuelle en euros entiers, par personne selon son âge au 1er janvier.',
};
