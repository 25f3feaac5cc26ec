// The words of repérage's data side, shared by the tables, the API and the web pages.

/** Life cycle of a data-sharing agreement (convention de partage de données). */
export const agreementStatuses = ['brouillon', 'active', 'suspendue', 'terminee'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export const agreementStatusLabels: Record<AgreementStatus, string> = {
  brouillon: 'Brouillon',
  active: 'Active',
  suspendue: 'Suspendue',
  terminee: 'Terminée',
};

/** State of a job and of what it runs (an import, a linkage run). */
export const workStatuses = ['en_attente', 'en_cours', 'terminee', 'echouee'] as const;
export type WorkStatus = (typeof workStatuses)[number];

export const workStatusLabels: Record<WorkStatus, string> = {
  en_attente: 'En attente',
  en_cours: 'En cours',
  terminee: 'Terminé',
  echouee: 'Échec',
};

/** Formats of partners' files the importer reads. */
export const fileFormats = ['csv', 'xlsx'] as const;
export type FileFormat = (typeof fileFormats)[number];
