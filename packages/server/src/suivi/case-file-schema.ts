import { z } from 'zod';
import { personInputSchema } from './schema.ts';

// Schemas of the case file's persons, timeline, audit filters and bilan re-runs.

const month = z
  .string()
  .regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, 'mois invalide (format AAAA-MM attendu)')
  .describe('Mois calculé, AAAA-MM');
const day = z.iso.date().describe('Jour, AAAA-MM-JJ');

/** `PATCH /api/persons/:id`: only the fields given change. */
export const personChangeSchema = personInputSchema.partial();

/** `GET /api/households/:id/timeline`. */
export const timelineSchema = z.array(
  z.object({
    at: z.string(),
    kind: z.string().describe('menage, consentement, bilan, droit, orientation, tache, cloture'),
    label: z.string().describe('Ce qui s’est passé, en français'),
    organisationName: z.string().nullable(),
    entityId: z.string(),
  }),
);

/** `GET /api/households/:id/audit` query: every filter is optional. */
export const auditFilterSchema = z.object({
  organisationId: z.uuid().optional().describe('Organisation qui a agi'),
  userId: z.uuid().optional().describe('Compte qui a agi'),
  action: z
    .string()
    .trim()
    .regex(/^[a-z_]{1,40}$/, 'action invalide (lecture, creation, modification…)')
    .optional()
    .describe('Action : lecture, creation, modification, export, relance…'),
  from: day.optional().describe('Depuis ce jour inclus'),
  to: day.optional().describe('Jusqu’à ce jour inclus'),
});

/** `GET /api/bilans/:id/rerun` query and `POST` body. */
export const rerunQuerySchema = z.object({
  period: month.optional().describe('Mois à calculer (le mois en cours par défaut)'),
});

const composition = z.object({ adults: z.number(), children: z.number() });
const amount = z.object({ eligible: z.boolean(), amount: z.number() });
const versions = z.object({
  period: z.string(),
  engineVersion: z.string(),
  parametersVersion: z.string(),
});

/** What "re-run with today's law" changed, per benefit. */
export const rerunSchema = z.object({
  bilanId: z.uuid(),
  householdId: z.uuid(),
  before: versions.extend({ createdAt: z.string() }),
  after: versions,
  benefits: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      periodicity: z.string(),
      before: amount.nullable(),
      after: amount,
      difference: z.number().describe('Après − avant, en euros'),
    }),
  ),
  composition: z
    .object({
      bilan: composition,
      household: composition,
      changed: z.boolean(),
    })
    .describe('Adultes et enfants de la famille : au bilan, et au dossier aujourd’hui'),
});
