import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../http/actor.ts';
import { authorise } from '../authorise.ts';
import { HttpRefusal, refusalResponses } from '../../http/errors.ts';
import { can } from '../policy.ts';
import { syncBilan } from './sync-bilan.ts';
import { bilanSyncSchema, savedBilanSchema } from '../schema.ts';

/** `POST /api/bilans`: a bilan sent by a device's queue, saved once however often it is sent. */
export function bilanSyncRoute(app: FastifyInstance, db: Kysely<Database>): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/bilans',
    {
      schema: {
        summary:
          'Enregistrer au dossier un bilan fait sur l’appareil, avec le consentement de la personne (ménage existant ou nouveau) ; renvoyé avec le même clientId, il n’est pas enregistré deux fois',
        tags: ['suivi'],
        body: bilanSyncSchema,
        response: { 200: savedBilanSchema, 201: savedBilanSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'bilan.write');
      // The same send may open the case file and record the consent: both rights are needed.
      if (!can(actor.role, 'household.write') || !can(actor.role, 'consent.write')) {
        throw new HttpRefusal(403, 'interdit', 'Votre rôle ne permet pas cette action.');
      }
      const saved = await syncBilan(db, actor, request.body);
      if ('refused' in saved) throw notFound('Ménage');
      return reply.code(saved.created ? 201 : 200).send(saved);
    },
  );
}
