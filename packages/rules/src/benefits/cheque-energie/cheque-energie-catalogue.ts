import type { CatalogueEntry } from '../../catalogue.ts';

/** How to get the chèque énergie. */
export const chequeEnergieCatalogue: CatalogueEntry = {
  id: 'cheque_energie',
  label: 'Chèque énergie',
  description:
    'Le chèque énergie aide chaque année les ménages aux revenus modestes à payer leurs factures d’énergie (électricité, gaz, fioul, bois) ou des travaux de rénovation énergétique.',
  payer: 'L’État (Agence de services et de paiement, ASP)',
  howToClaim:
    'Envoyé sans démarche au printemps d’après la déclaration de revenus : il faut donc déclarer ses revenus chaque année, même faibles ; en cas de non-réception, le réclamer sur chequeenergie.gouv.fr.',
  onlineProcedure: {
    label: 'Vérifier son éligibilité et réclamer son chèque (chequeenergie.gouv.fr)',
    url: 'https://chequeenergie.gouv.fr/',
  },
  documents: [
    'Avis d’imposition (revenu fiscal de référence)',
    'Numéro fiscal et référence de l’avis',
    'Facture d’énergie ou attestation du fournisseur pour l’utiliser',
  ],
  usualDelay: 'Envoyé en avril ou en mai ; valable jusqu’au 31 mars de l’année suivante.',
  servicePublicFiche: 'F33667',
  whenRefused:
    'Contacter l’assistance du chèque énergie (0 805 204 805, appel gratuit) ou faire une réclamation sur chequeenergie.gouv.fr ; vérifier que la déclaration de revenus a bien été faite.',
  periodicity: 'annuelle',
  rounding: 'Montant en euros entiers : 48 à 277 € selon le revenu par unité de consommation.',
};
