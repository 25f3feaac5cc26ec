import { benefitIds } from '@znr/rules';
import { z } from 'zod';
import { outreachOutcomes } from './vocabulary.ts';

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'mois attendu au format AAAA-MM')
  .describe('Mois calculé par le moteur (AAAA-MM) ; le mois courant par défaut');

/** `:id` of a detection run or a candidate. */
export const idParamsSchema = z.object({ id: z.uuid() });

/** `POST /api/reperage/detections`. */
export const detectionInputSchema = z.object({
  linkageRunId: z.uuid().describe('Rapprochement terminé dont les personnes sont examinées'),
  month: month.optional(),
  settings: z
    .object({
      lowPayMax: z.number().positive().max(10000).describe('Salaire net mensuel « modeste » (€)'),
      smallPensionMax: z.number().positive().max(10000).describe('Petite retraite (€ par mois)'),
      seniorAge: z.number().int().min(60).max(75).describe('Âge des règles ASPA et CSS'),
      waterShareThreshold: z
        .number()
        .gt(0)
        .lt(0.2)
        .describe('Part des ressources au-delà de laquelle la facture d’eau ouvre le Bouclier eau'),
      cssMonthlyValue: z.number().positive().max(500).describe('Valeur mensuelle donnée à la CSS'),
    })
    .partial()
    .optional(),
});

export const detectionRunSchema = z.object({
  id: z.uuid(),
  linkageRunId: z.uuid(),
  month: z.string(),
  status: z.enum(['en_attente', 'en_cours', 'terminee', 'echouee']),
  progress: z.number(),
  stage: z.string().nullable(),
  persons: z.number(),
  candidates: z.number(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});

/** `GET /api/reperage/detections/:id/candidates` query. */
export const candidateQuerySchema = z.object({
  ruleId: z.string().max(80).optional().describe('Règle de détection'),
  codeInsee: z
    .string()
    .regex(/^[0-9][0-9AB][0-9]{3}$/, 'code INSEE de commune attendu')
    .optional()
    .describe('Commune'),
  unassigned: z
    .enum(['true', 'false'])
    .optional()
    .describe('Seulement les personnes non attribuées'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const candidateLineSchema = z.object({
  id: z.uuid(),
  ruleId: z.string(),
  ruleTitle: z.string(),
  benefits: z.array(z.enum(benefitIds)),
  amount: z.number(),
  confidence: z.number(),
  urgency: z.number(),
  priority: z.number(),
  codeInsee: z.string().nullable(),
  commune: z.string().nullable(),
  explanation: z.string(),
  assignee: z.object({ userId: z.uuid(), name: z.string(), organisation: z.string() }).nullable(),
  outcome: z.enum(outreachOutcomes).nullable(),
  rightOpened: z.boolean(),
});

/** `POST /api/reperage/detections/:id/assignments`. */
export const assignmentSchema = z.object({
  candidateIds: z.array(z.uuid()).min(1).max(500).describe('Personnes repérées à attribuer'),
  membershipId: z
    .uuid()
    .nullable()
    .describe('Ambassadeur ou travailleur social (adhésion) ; null pour retirer l’attribution'),
});

export const assigneeSchema = z.object({
  membershipId: z.uuid(),
  name: z.string(),
  organisation: z.string(),
  role: z.string(),
});

export const conversionSchema = z.object({
  ruleId: z.string(),
  ruleTitle: z.string(),
  candidates: z.number(),
  assigned: z.number(),
  contacted: z.number(),
  bilans: z.number(),
  opened: z.number(),
  rate: z.number().nullable(),
});

const identitySchema = z.object({
  partner: z.string(),
  lastName: z.string().nullable(),
  birthName: z.string().nullable(),
  firstNames: z.string().nullable(),
  birthDate: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  commune: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

export const myCandidateSchema = z.object({
  id: z.uuid(),
  ruleId: z.string(),
  ruleTitle: z.string(),
  benefits: z.array(z.enum(benefitIds)),
  amount: z.number(),
  explanation: z.string(),
  outcome: z.enum(outreachOutcomes).nullable(),
  outcomeNote: z.string().nullable(),
  householdId: z.uuid().nullable(),
  rightOpened: z.boolean(),
  letterAt: z.string().nullable(),
  identities: z.array(identitySchema),
  needsLetter: z.boolean(),
});

/** `PUT /api/reperage/candidates/:id/outcome`. */
export const outcomeSchema = z.object({
  outcome: z.enum(outreachOutcomes).describe('Résultat de la prise de contact'),
  note: z.string().trim().max(1000).nullable().optional(),
});

/** `POST /api/reperage/letters`. */
export const lettersSchema = z.object({
  candidateIds: z
    .array(z.uuid())
    .max(500)
    .optional()
    .describe('Toutes mes personnes sans téléphone ni courriel si absent'),
  meeting: z
    .object({
      at: z
        .string()
        .regex(
          /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
          'date et heure attendues au format AAAA-MM-JJTHH:MM',
        )
        .describe('Date et heure du rendez-vous proposé'),
      place: z.string().trim().min(3).max(200).describe('Lieu du rendez-vous'),
    })
    .nullable()
    .optional(),
});

export const ruleSchema = z.object({
  id: z.string(),
  title: z.string(),
  benefits: z.array(z.enum(benefitIds)),
});
