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

/** The same situation, with every requested value computed. */
export const calculateResponseSchema = calculateBodySchema;
