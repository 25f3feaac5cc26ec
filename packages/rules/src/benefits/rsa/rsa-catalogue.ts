import type { CatalogueEntry } from '../../catalogue.ts';

/** How to claim the RSA. */
export const rsaCatalogue: CatalogueEntry = {
  id: 'rsa',
  label: 'Revenu de solidarité active (RSA)',
  description:
    'Le RSA assure un revenu minimum aux personnes de 25 ans ou plus (ou plus jeunes avec un enfant à charge) qui ont peu ou pas de ressources.',
  payer: 'La Caf (ou la MSA pour le régime agricole), pour le compte du conseil départemental',
  howToClaim:
    'Faire la demande en ligne sur le site de la Caf ou de la MSA, ou être accompagné par un CCAS, une Maison de la Métropole ou une association agréée.',
  onlineProcedure: {
    label: 'Demander le RSA en ligne (caf.fr)',
    url: 'https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/vie-personnelle/le-revenu-de-solidarite-active-rsa',
  },
  documents: [
    "Pièce d'identité ou titre de séjour de chaque membre du foyer",
    'Numéro de sécurité sociale',
    "Relevé d'identité bancaire (RIB)",
    'Ressources des trois derniers mois (bulletins de paie, allocations, pensions)',
  ],
  usualDelay:
    'Droit ouvert dès le mois de la demande ; premier versement en général le mois suivant.',
  servicePublicFiche: 'F19778',
  whenRefused:
    'Demander les motifs par écrit, puis former un recours administratif préalable auprès du président du conseil départemental dans les deux mois ; ensuite, saisir le tribunal administratif.',
  periodicity: 'mensuelle',
  rounding: 'Montant au centime ; non versé en dessous de 6 €.',
};
