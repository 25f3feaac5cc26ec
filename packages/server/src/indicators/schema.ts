import { benefitIds } from '@znr/rules';
import { z } from 'zod';
import { dimensions, granularities } from './definitions.ts';
import { outreachTypes } from '../pilotage/index.ts';

const month = z
  .string()
  .regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, 'mois attendu au format AAAA-MM')
  .describe('Mois, AAAA-MM');

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));

/** `GET /api/pilotage/indicators` query: the months, the period size, a breakdown, filters. */
export const indicatorQuerySchema = z
  .object({
    from: month.describe('Premier mois, AAAA-MM'),
    to: month.describe('Dernier mois inclus, AAAA-MM'),
    period: z
      .enum(granularities)
      .default('month')
      .describe('Regroupement : mois, trimestre, année'),
    by: z.enum(dimensions).optional().describe('Ventilation'),
    territoryId: z.uuid().optional().describe('Territoire (évaluateur)'),
    quartier: z.string().trim().min(1).max(100).optional(),
    organisationId: z.uuid().optional(),
    actionType: z.enum(outreachTypes).optional(),
    benefit: z.enum(benefitIds).optional().describe('Prestation, identifiant de @znr/rules'),
    rule: z
      .string()
      .regex(/^[a-z0-9-]{1,80}$/, 'identifiant de règle de repérage attendu')
      .optional()
      .describe('Règle de repérage'),
  })
  .refine((q) => monthIndex(q.from) <= monthIndex(q.to), {
    path: ['to'],
    message: 'le dernier mois précède le premier',
  })
  .refine((q) => monthIndex(q.to) - monthIndex(q.from) < 120, {
    path: ['to'],
    message: 'dix ans au plus',
  });

/** `GET /api/pilotage/indicators/export` query: the same, and the file format. */
export const indicatorExportSchema = indicatorQuerySchema.and(
  z.object({ format: z.enum(['csv', 'xlsx', 'json']).describe('Format du fichier') }),
);

const value = z.object({
  period: z.string(),
  key: z.string(),
  value: z.number().nullable(),
  suppressed: z.enum(['primaire', 'secondaire']).optional(),
});

/** The indicators of a query. */
export const indicatorReportSchema = z.object({
  periods: z.array(z.string()),
  keys: z.array(z.object({ key: z.string(), label: z.string() })),
  indicators: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      unit: z.string(),
      applicable: z.boolean(),
      values: z.array(value),
    }),
  ),
});

/** What the dashboard's filters offer. */
export const indicatorFiltersSchema = z.object({
  scope: z.enum(['territoire', 'national']),
  territories: z.array(z.object({ id: z.uuid(), name: z.string() })),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  quartiers: z.array(z.string()),
  actionTypes: z.array(z.object({ id: z.enum(outreachTypes), label: z.string() })),
  benefits: z.array(z.object({ id: z.enum(benefitIds), label: z.string() })),
});
