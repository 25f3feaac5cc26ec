import { z } from 'zod';
import { PARAMETER_SETS } from '@znr/rules';

const entity = z.record(z.string(), z.unknown());

/**
 * `POST /api/calculate` body: an OpenFisca Web API situation. Variables to compute are given on
 * the famille with `null` for each period wanted, e.g. `"rsa": {"2026-06": null}`.
 */
export const calculateBodySchema = z.object({
  individus: z.record(z.string(), entity).describe('Individus et leurs variables par période'),
  familles: z
    .record(z.string(), entity)
    .describe('Familles : parents, enfants, variables demandées'),
  foyers_fiscaux: z.record(z.string(), entity).optional(),
  menages: z.record(z.string(), entity).optional().describe('Ménages : logement, commune, loyer'),
});

export type CalculateBody = z.infer<typeof calculateBodySchema>;

/** The request: the situation, and `explain: true` to have each requested value explained. */
export const calculateRequestSchema = calculateBodySchema.extend({
  explain: z
    .boolean({ message: 'explain : vrai ou faux attendu' })
    .optional()
    .describe(
      'Si vrai, la réponse ajoute « explanations » : pour chaque famille et période, chaque variable demandée avec son statut, son motif et les étapes du calcul',
    ),
  parameters: z
    .enum(PARAMETER_SETS, { message: 'parameters : « loi » ou « openfisca-176 » attendu' })
    .optional()
    .describe(
      'Valeurs légales : « loi » (par défaut, la loi du jour) ou « openfisca-176 » (celles de la référence OpenFisca-France 176.0.7)',
    ),
});

const step: z.ZodType<unknown> = z.lazy(() =>
  z.object({
    label: z.string(),
    value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
    parameters: z.array(
      z.object({
        label: z.string(),
        value: z.union([z.number(), z.string()]),
        date: z.string(),
        source: z.string(),
      }),
    ),
    steps: z.array(step),
  }),
);

/** A variable's explanation, as `znr simulate --explain` gives it. */
export const explanationSchema = z.object({
  status: z.enum(['eligible', 'a_verifier', 'non_eligible']),
  reason: z.string().describe('Motif en français (vide quand le droit est ouvert)'),
  steps: z.array(step).describe('Étapes du calcul ; la première vaut le montant'),
});

/**
 * The same situation, with every requested value computed (and explained when asked), and what
 * the engine assumed.
 */
export const calculateResponseSchema = calculateBodySchema.extend({
  warnings: z
    .array(z.string())
    .optional()
    .describe(
      "Ce que le calcul a dû supposer, en français : un revenu donné seulement en net (ou seulement imposable, ou brut), ses autres montants déduits ; absent quand rien n'a été supposé",
    ),
  explanations: z
    .record(z.string(), z.record(z.string(), z.record(z.string(), explanationSchema)))
    .optional()
    .describe('Par famille, puis par période demandée : les variables demandées expliquées'),
});
