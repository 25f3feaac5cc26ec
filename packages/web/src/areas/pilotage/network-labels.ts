// French labels of the pilotage network's closed lists (the server's codes are ASCII French).

import type { Blockage, OutreachAction } from '../../api/index.ts';

export type Option<V extends string = string> = { value: V; label: string };

/** The option whose code a select or radio gave back, typed as the API's list. */
export function optionOf<V extends string>(options: readonly Option<V>[], value: string) {
  return options.find((option) => option.value === value)?.value;
}

export const actionTypeOptions: Option<OutreachAction['type']>[] = [
  { value: 'maraude', label: 'Maraude' },
  { value: 'bus_des_droits', label: 'Bus des droits' },
  { value: 'porte_a_porte', label: 'Porte-à-porte' },
  { value: 'permanence', label: 'Permanence' },
  { value: 'stand', label: 'Stand' },
  { value: 'atelier_numerique', label: 'Atelier numérique' },
  { value: 'accompagnement_physique', label: 'Accompagnement physique' },
  { value: 'autre', label: 'Autre' },
];

export const ageBandOptions = [
  { value: 'moins_18', label: 'Moins de 18 ans' },
  { value: '18_25', label: '18 à 25 ans' },
  { value: '26_64', label: '26 à 64 ans' },
  { value: '65_plus', label: '65 ans et plus' },
] as const;

export const sexOptions = [
  { value: 'femme', label: 'Femmes' },
  { value: 'homme', label: 'Hommes' },
] as const;

export const institutionOptions: Option<Blockage['institution']>[] = [
  { value: 'caf', label: 'CAF' },
  { value: 'cpam', label: 'CPAM' },
  { value: 'msa', label: 'MSA' },
  { value: 'france_travail', label: 'France Travail' },
  { value: 'prefecture_etat', label: 'Préfecture / État' },
  { value: 'departement', label: 'Département' },
  { value: 'carsat', label: 'CARSAT' },
  { value: 'mdph', label: 'MDPH' },
  { value: 'autre', label: 'Autre' },
];

export const blockageStatusOptions: Option<Blockage['status']>[] = [
  { value: 'signale', label: 'Signalé' },
  { value: 'transmis', label: 'Transmis' },
  { value: 'en_cours', label: 'En cours' },
  { value: 'resolu', label: 'Résolu' },
  { value: 'sans_suite', label: 'Sans suite' },
];

/** The moves the register allows from each status (same list as the server's). */
export const nextBlockageStatuses: Record<Blockage['status'], Blockage['status'][]> = {
  signale: ['transmis', 'en_cours', 'sans_suite'],
  transmis: ['en_cours', 'resolu', 'sans_suite'],
  en_cours: ['resolu', 'sans_suite'],
  resolu: ['en_cours'],
  sans_suite: ['en_cours'],
};

export function labelOf(options: readonly Option[], value: string | null | undefined): string {
  return options.find((option) => option.value === value)?.label ?? value ?? '';
}
