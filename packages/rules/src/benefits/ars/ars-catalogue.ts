import type { CatalogueEntry } from '../../catalogue.ts';
import {
  CAF_REFUSAL,
  FAMILY_DOCUMENTS,
} from '../prestations-familiales/prestations-familiales-catalogue.ts';

/** How to claim the allocation de rentrée scolaire. */
export const arsCatalogue: CatalogueEntry = {
  id: 'ars',
  label: 'Allocation de rentrée scolaire (ARS)',
  description:
    'L’allocation de rentrée scolaire aide les familles aux revenus modestes à payer la rentrée de chaque enfant de 6 à 18 ans scolarisé ou en apprentissage.',
  payer: 'La Caf (ou la MSA pour le régime agricole)',
  howToClaim:
    'Versée sans démarche aux allocataires pour les enfants de 6 à 15 ans ; pour un enfant de 16 à 18 ans, déclarer sa scolarité sur caf.fr ; une famille qui n’est pas allocataire doit d’abord ouvrir un dossier.',
  onlineProcedure: {
    label: 'Déclarer la scolarité d’un enfant de 16 à 18 ans (caf.fr)',
    url: 'https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/vie-personnelle/l-allocation-de-rentree-scolaire-ars',
  },
  documents: [...FAMILY_DOCUMENTS, 'Certificat de scolarité pour un enfant de 16 à 18 ans'],
  usualDelay: 'Versée en une fois à la mi-août (plus tard pour les déclarations de scolarité).',
  servicePublicFiche: 'F1878',
  whenRefused: CAF_REFUSAL,
  periodicity: 'annuelle',
  rounding: 'Montant au centime ; différentielle au-dessus du plafond, non versée sous 15 €.',
};
