import { z } from 'zod';

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

/** The same situation, with every requested value computed, and what the engine assumed. */
export const calculateResponseSchema = calculateBodySchema.extend({
  warnings: z
    .array(z.string())
    .optional()
    .describe(
      "Ce que le calcul a dû supposer, en français : un revenu donné seulement en net (ou seulement imposable, ou brut), ses autres montants déduits ; absent quand rien n'a été supposé",
    ),
});
