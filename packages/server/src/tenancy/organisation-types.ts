/** Kinds of partner organisation on a territory (organisation.type), ASCII snake_case. */
export const organisationTypes = [
  'caf',
  'cpam',
  'msa',
  'carsat',
  'ccas_cias',
  'maison_metropole_departement',
  'bailleur_social',
  'association',
  'pimms_france_services',
  'collectivite',
  'service_etat',
] as const;

export type OrganisationType = (typeof organisationTypes)[number];

/** French label of each organisation type. */
export const organisationTypeLabels: Record<OrganisationType, string> = {
  caf: 'Caisse d’allocations familiales (CAF)',
  cpam: 'Caisse primaire d’assurance maladie (CPAM)',
  msa: 'Mutualité sociale agricole (MSA)',
  carsat: 'Caisse d’assurance retraite et de la santé au travail (CARSAT)',
  ccas_cias: 'Centre communal ou intercommunal d’action sociale (CCAS / CIAS)',
  maison_metropole_departement: 'Maison de la Métropole ou conseil départemental',
  bailleur_social: 'Bailleur social',
  association: 'Association',
  pimms_france_services: 'PIMMS / France Services',
  collectivite: 'Collectivité',
  service_etat: 'Service de l’État',
};
