import { z } from 'zod';
import { diServiceSchema, diStructureSchema } from './data-inclusion.ts';

// The directory's API carries data·inclusion records; on entry from the form, the schema's id,
// source and date of update may be left out (the directory fills them in).

const filledIn = {
  id: z.string().trim().min(1).max(200).optional(),
  source: z.string().trim().min(1).max(100).optional(),
  date_maj: z.iso.date().optional(),
};

/** `POST /api/pilotage/reseau/structures`. */
export const structureInputSchema = z.object({
  organisationId: z.uuid().nullable().optional().describe('Organisation de la plateforme liée'),
  structure: diStructureSchema.extend(filledIn),
});

/** `POST /api/pilotage/reseau/services`. */
export const serviceInputSchema = z.object({ service: diServiceSchema.extend(filledIn) });

/** `GET /api/pilotage/reseau` query. */
export const directoryQuerySchema = z.object({
  q: z.string().trim().max(200).optional().describe('Besoin : « qui appeler pour… »'),
});

const record = z
  .record(z.string(), z.unknown())
  .describe('Enregistrement au schéma data·inclusion');

export const directoryEntrySchema = z.object({
  key: z.uuid(),
  organisationId: z.uuid().nullable(),
  structure: record,
  services: z.array(z.object({ key: z.uuid(), service: record, matches: z.boolean() })),
});

/** `POST /api/pilotage/reseau/import`: a JSON file of both kinds, or a CSV file of one. */
export const importSchema = z.discriminatedUnion('format', [
  z.object({
    format: z.literal('json'),
    structures: z.array(z.unknown()).max(5000).optional(),
    services: z.array(z.unknown()).max(20000).optional(),
  }),
  z.object({
    format: z.literal('csv'),
    type: z.enum(['structures', 'services']),
    content: z.string().max(20_000_000).describe('Contenu du fichier CSV'),
  }),
]);

export const importReportSchema = z.object({
  structures: z.number().describe('Structures enregistrées'),
  services: z.number().describe('Services enregistrés'),
  rejected: z.array(
    z.object({
      kind: z.enum(['structure', 'service']),
      index: z.number().describe('Rang dans le fichier, à partir de 0'),
      id: z.string().nullable(),
      issues: z.array(z.object({ field: z.string(), message: z.string() })),
    }),
  ),
});

export const exportQuerySchema = z.object({
  format: z.enum(['json', 'csv']).default('json'),
  type: z.enum(['structures', 'services']).default('structures').describe('Pour le CSV'),
});

const options = z.array(z.object({ value: z.string(), label: z.string() }));

export const referentialsSchema = z.object({
  thematiques: options,
  typesDeServices: z.array(z.string()),
  publics: z.array(z.string()),
  modesAccueil: z.array(z.string()),
});
