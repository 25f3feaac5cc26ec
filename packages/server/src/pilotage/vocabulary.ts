// The closed lists of pilotage, in the words of the experiment, with their French labels.
// Migration 0006-pilotage-network copies them into CHECK constraints (a migration never imports).

/** Kinds of outreach (aller-vers) action. */
export const outreachTypes = [
  'maraude',
  'bus_des_droits',
  'porte_a_porte',
  'permanence',
  'stand',
  'atelier_numerique',
  'accompagnement_physique',
  'autre',
] as const;
export type OutreachType = (typeof outreachTypes)[number];

export const outreachTypeLabels: Record<OutreachType, string> = {
  maraude: 'Maraude',
  bus_des_droits: 'Bus des droits',
  porte_a_porte: 'Porte-à-porte',
  permanence: 'Permanence',
  stand: 'Stand',
  atelier_numerique: 'Atelier numérique',
  accompagnement_physique: 'Accompagnement physique',
  autre: 'Autre',
};

/** Age bands of the anonymous counts of people met. */
export const ageBands = ['moins_18', '18_25', '26_64', '65_plus', 'inconnu'] as const;
export type AgeBand = (typeof ageBands)[number];

export const ageBandLabels: Record<AgeBand, string> = {
  moins_18: 'Moins de 18 ans',
  '18_25': '18 à 25 ans',
  '26_64': '26 à 64 ans',
  '65_plus': '65 ans et plus',
  inconnu: 'Âge inconnu',
};

export const sexes = ['femme', 'homme', 'inconnu'] as const;
export type Sex = (typeof sexes)[number];

export const sexLabels: Record<Sex, string> = {
  femme: 'Femmes',
  homme: 'Hommes',
  inconnu: 'Non renseigné',
};

/** Institutions a systemic blockage is escalated to. */
export const institutions = [
  'caf',
  'cpam',
  'msa',
  'france_travail',
  'prefecture_etat',
  'departement',
  'carsat',
  'mdph',
  'autre',
] as const;
export type Institution = (typeof institutions)[number];

export const institutionLabels: Record<Institution, string> = {
  caf: 'CAF',
  cpam: 'CPAM',
  msa: 'MSA',
  france_travail: 'France Travail',
  prefecture_etat: 'Préfecture / État',
  departement: 'Département',
  carsat: 'CARSAT',
  mdph: 'MDPH',
  autre: 'Autre',
};

/** Statuses of a blockage: signalé → transmis → en cours → résolu or sans suite. */
export const blockageStatuses = [
  'signale',
  'transmis',
  'en_cours',
  'resolu',
  'sans_suite',
] as const;
export type BlockageStatus = (typeof blockageStatuses)[number];

export const blockageStatusLabels: Record<BlockageStatus, string> = {
  signale: 'Signalé',
  transmis: 'Transmis',
  en_cours: 'En cours',
  resolu: 'Résolu',
  sans_suite: 'Sans suite',
};
