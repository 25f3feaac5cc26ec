import { benefitIds, choosableBenefitIds } from '@znr/rules';
import { z } from 'zod';
import { ageBands, blockageStatuses, institutions, outreachTypes, sexes } from './vocabulary.ts';

const isoDate = z.iso.date().describe('Date au format AAAA-MM-JJ');
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const count = z.number().int().min(0).max(100000);

/** `:id` of a pilotage resource. */
export const idParamsSchema = z.object({ id: z.uuid() });

/** An outreach action as the device sends it. */
export const actionInputSchema = z
  .object({
    type: z.enum(outreachTypes).describe('Type d’action'),
    typeOther: optionalText(100).describe('Précision quand le type est « autre »'),
    heldOn: isoDate.describe('Jour de l’action'),
    durationMinutes: z.number().int().min(1).max(1440).nullable().optional(),
    inseeCode: z
      .string()
      .regex(/^[0-9][0-9AB][0-9]{3}$/)
      .nullable()
      .optional()
      .describe('Code INSEE de la commune'),
    quartier: optionalText(100),
    qpv: z.boolean().optional().describe('Quartier prioritaire de la politique de la ville'),
    peopleMet: count.describe('Personnes rencontrées'),
    wentToBilan: count.default(0).describe('Dont orientées vers un bilan de droits'),
    wentToCaseFile: count.default(0).describe('Dont pour lesquelles un dossier a été ouvert'),
    note: optionalText(2000),
    counts: z
      .array(z.object({ ageBand: z.enum(ageBands), sex: z.enum(sexes), people: count }))
      .max(15)
      .default([])
      .describe('Comptages anonymes par tranche d’âge et sexe'),
    team: z
      .array(z.object({ organisationId: z.uuid(), userId: z.uuid().nullable().optional() }))
      .max(30)
      .default([])
      .describe('Organisations (et personnes) de l’équipe'),
  })
  .superRefine((action, ctx) => {
    if (action.type === 'autre' && !action.typeOther?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['typeOther'], message: 'précisez le type d’action' });
    }
    for (const field of ['wentToBilan', 'wentToCaseFile'] as const) {
      if (action[field] > action.peopleMet) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'ne peut pas dépasser le nombre de personnes rencontrées',
        });
      }
    }
    const counted = action.counts.reduce((sum, c) => sum + c.people, 0);
    if (counted > action.peopleMet) {
      ctx.addIssue({
        code: 'custom',
        path: ['counts'],
        message: `le total par âge et sexe (${counted}) dépasse les personnes rencontrées (${action.peopleMet})`,
      });
    }
    const keys = action.counts.map((c) => `${c.ageBand}/${c.sex}`);
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['counts'],
        message: 'une tranche d’âge et un sexe en double',
      });
    }
  });

/** `POST /api/pilotage/actions`: the action and the device's id for it. */
export const actionSyncSchema = z.object({
  clientId: z.uuid().describe('Identifiant donné par l’appareil à l’action'),
  action: actionInputSchema,
});

/** `GET /api/pilotage/actions` query. */
export const actionFilterSchema = z.object({
  type: z.enum(outreachTypes).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  organisationId: z.uuid().optional(),
  inseeCode: z
    .string()
    .regex(/^[0-9][0-9AB][0-9]{3}$/)
    .optional(),
  mine: z.stringbool().optional().describe('Seulement mes actions'),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

const countSchema = z.object({ ageBand: z.enum(ageBands), sex: z.enum(sexes), people: z.number() });

/** An action as listed. */
export const actionSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  type: z.enum(outreachTypes),
  typeOther: z.string().nullable(),
  heldOn: z.string(),
  durationMinutes: z.number().nullable(),
  inseeCode: z.string().nullable(),
  commune: z.string().nullable(),
  quartier: z.string().nullable(),
  qpv: z.boolean(),
  peopleMet: z.number(),
  wentToBilan: z.number(),
  wentToCaseFile: z.number(),
  note: z.string().nullable(),
  counts: z.array(countSchema),
  team: z.array(z.object({ organisationId: z.uuid(), userId: z.uuid().nullable() })),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
});

/** An action saved (201) or found under the same client id (200). */
export const savedActionSchema = z.object({ id: z.uuid(), created: z.boolean() });

/** `POST` / `PUT` of a workshop. */
export const workshopInputSchema = z.object({
  heldOn: isoDate,
  theme: z.string().trim().min(1).max(200).describe('Thème'),
  organisationIds: z.array(z.uuid()).max(100).default([]).describe('Organisations présentes'),
  participants: count.describe('Nombre de participants'),
  followUps: optionalText(4000).describe('Suites données'),
});

export const workshopSchema = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  theme: z.string(),
  organisationIds: z.array(z.uuid()),
  participants: z.number(),
  followUps: z.string().nullable(),
  createdBy: z.uuid().nullable(),
});

export const periodFilterSchema = z.object({ from: isoDate.optional(), to: isoDate.optional() });

const blockageFields = {
  title: z.string().trim().min(1).max(200).describe('Intitulé'),
  description: z.string().trim().min(1).max(4000),
  benefit: z
    .enum(choosableBenefitIds)
    .nullable()
    .optional()
    .describe('Aide concernée, identifiant de @znr/rules (rsa, ppa, aide_logement…)'),
  institution: z.enum(institutions).describe('Organisme concerné'),
  institutionOther: optionalText(100),
  examples: optionalText(4000).describe('Exemples anonymisés : aucun nom, aucune adresse'),
};

/** `POST /api/pilotage/blocages`. */
export const blockageInputSchema = z.object({ ...blockageFields, raisedOn: isoDate.optional() });

/** `PUT /api/pilotage/blocages/:id`. */
export const blockageUpdateSchema = z.object({
  ...blockageFields,
  ownerId: z.uuid().nullable().optional().describe('Personne qui suit le blocage'),
  answer: optionalText(4000).describe('Réponse reçue de l’organisme'),
});

/** `POST /api/pilotage/blocages/:id/statut`. */
export const blockageMoveSchema = z.object({
  status: z.enum(blockageStatuses),
  on: isoDate.describe('Date du changement'),
  note: optionalText(2000),
});

export const blockageFilterSchema = z.object({
  status: z.enum(blockageStatuses).optional(),
  institution: z.enum(institutions).optional(),
  benefit: z.enum(benefitIds).optional(),
});

export const blockageSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  title: z.string(),
  description: z.string(),
  benefit: z.enum(benefitIds).nullable(),
  institution: z.enum(institutions),
  institutionOther: z.string().nullable(),
  examples: z.string().nullable(),
  status: z.enum(blockageStatuses),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  raisedOn: z.string(),
  transmittedOn: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  answer: z.string().nullable(),
  history: z.array(
    z.object({
      status: z.enum(blockageStatuses),
      on: z.string(),
      note: z.string().nullable(),
      byName: z.string().nullable(),
    }),
  ),
});

export const createdSchema = z.object({ id: z.uuid() });
