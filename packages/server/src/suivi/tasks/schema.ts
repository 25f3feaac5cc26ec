import { z } from 'zod';
import { taskDueStates, taskStatuses } from '../vocabulary.ts';

// Schemas of follow-up tasks, the household's closing, referral messages and reminders.

const title = z.string().trim().min(1).max(200).describe('Ce qu’il faut faire');
const dueOn = z.iso.date().nullable().optional().describe('Échéance, AAAA-MM-JJ');
const assigneeId = z
  .uuid()
  .nullable()
  .optional()
  .describe('Membre de l’organisation chargé de la tâche');
const outcome = z.string().trim().min(1).max(1000);

/** `POST /api/households/:id/tasks`. */
export const taskInputSchema = z.object({ title, dueOn, assigneeId });

/** `PATCH /api/tasks/:id`: only the fields given change; closing (`faite`) needs an outcome. */
export const taskChangeSchema = z.object({
  title: title.optional(),
  dueOn,
  assigneeId,
  status: z.enum(taskStatuses).optional().describe('a_faire, ou faite (avec son résultat)'),
  outcome: outcome.nullable().optional().describe('Résultat de la tâche'),
});

/** `GET /api/tasks` query. */
export const taskFilterSchema = z.object({
  mine: z
    .enum(['true', 'false'], { error: 'valeur attendue : true ou false' })
    .transform((value) => value === 'true')
    .optional()
    .describe('Seulement les tâches qui me sont confiées'),
  status: z.enum(taskStatuses).optional(),
});

/** A task as the API shows it. */
export const taskSchema = z.object({
  id: z.uuid(),
  householdId: z.uuid(),
  householdName: z
    .string()
    .nullable()
    .describe('Demandeur du ménage, si les personnes sont visibles'),
  title: z.string(),
  dueOn: z.string().nullable(),
  dueState: z.enum(taskDueStates),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  status: z.enum(taskStatuses),
  outcome: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});

/** `POST /api/households/:id/closure`: closing the household's follow-up. */
export const closureInputSchema = z.object({
  outcome: outcome.describe('Résultat de l’accompagnement'),
});

/** A member of my organisation (to assign a task). */
export const memberSchema = z.object({ id: z.uuid(), name: z.string(), role: z.string() });

/** `POST /api/referrals/:id/messages`. */
export const messageInputSchema = z.object({
  body: z.string().trim().min(1).max(2000).describe('Texte du message'),
});

/** A message on a referral. */
export const messageSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  kind: z.enum(['message', 'relance']),
  createdAt: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  authorName: z.string().nullable(),
});
