import { z } from 'zod';
import {
  frais,
  modesAccueil,
  modesMobilisation,
  personnesMobilisatrices,
  publics,
  thematiques,
  typesDeServices,
} from './referentials.ts';

// The structure and service records of the data·inclusion schema v1 as zod schemas: what an
// import must satisfy and what an export produces. Field names are the schema's own (French,
// snake_case): the file goes to and comes from other tools of the inclusion ecosystem.

const text = (max: number) => z.string().trim().min(1).max(max);
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullable()
    .optional()
    .transform((values) => [...new Set(values ?? [])] as z.infer<T>[]);

const common = {
  source: text(100).describe('Producteur de la donnée (ex. « dora », « znr »)'),
  id: text(200).describe('Identifiant « producteur--identifiant »'),
  nom: z.string().trim().min(3).max(150),
  date_maj: z.iso.date().describe('Date de dernière modification, AAAA-MM-JJ'),
  lien_source: optional(z.url()),
  commune: optional(text(100)),
  code_postal: optional(z.string().regex(/^\d{5}$/, 'code postal à 5 chiffres attendu')),
  code_insee: optional(
    z.string().regex(/^[0-9][0-9AB][0-9]{3}$/, 'code INSEE à 5 caractères attendu'),
  ),
  adresse: optional(text(300)),
  complement_adresse: optional(text(300)),
  longitude: optional(z.number().min(-180).max(180)),
  latitude: optional(z.number().min(-90).max(90)),
  telephone: optional(text(30)),
  courriel: optional(z.email()),
  horaires_accueil: optional(text(500)),
};

/** A `structure` of the data·inclusion schema. */
export const diStructureSchema = z.object({
  ...common,
  description: optional(z.string().trim().min(5).max(10000)),
  siret: optional(z.string().regex(/^\d{14}$/, 'SIRET à 14 chiffres attendu')),
  site_web: optional(z.url()),
  accessibilite_lieu: optional(z.url()),
  reseaux_porteurs: list(z.string().regex(/^[a-z0-9-]+$/, 'identifiant de réseau attendu')),
  // Not in v1 any more (v0 had them); still read so that an older file imports without loss.
  typologie: optional(text(50)),
  thematiques: list(z.enum(thematiques)),
});

/** A `service` of the data·inclusion schema. */
export const diServiceSchema = z.object({
  ...common,
  structure_id: text(200).describe('Identifiant de la structure du service'),
  description: z.string().trim().min(5).max(10000),
  type: optional(z.enum(typesDeServices)),
  thematiques: list(z.enum(thematiques)),
  frais: optional(z.enum(frais)),
  frais_precisions: optional(text(1000)),
  publics: list(z.enum(publics)),
  publics_precisions: optional(text(1000)),
  conditions_acces: optional(text(2000)),
  contact_nom_prenom: optional(text(200)),
  modes_accueil: list(z.enum(modesAccueil)),
  zone_eligibilite: list(z.string().regex(/^(\w{2,9}|france)$/, 'code géographique attendu')),
  lien_mobilisation: optional(z.url()),
  modes_mobilisation: list(z.enum(modesMobilisation)),
  mobilisable_par: list(z.enum(personnesMobilisatrices)),
  mobilisation_precisions: optional(text(2000)),
  volume_horaire_hebdomadaire: optional(z.number().min(0)),
  nombre_semaines: optional(z.number().int().min(1)),
});

export type DiStructure = z.infer<typeof diStructureSchema>;
export type DiService = z.infer<typeof diServiceSchema>;

/** Fields of the schema kept in the `extra` column (no column of their own). */
export const structureExtraFields = ['lien_source', 'accessibilite_lieu'] as const;
export const serviceExtraFields = [
  'lien_source',
  'volume_horaire_hebdomadaire',
  'nombre_semaines',
] as const;
