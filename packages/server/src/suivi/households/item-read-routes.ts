import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../http/actor.ts';
import { authorise } from '../authorise.ts';
import { refusalResponses } from '../../http/errors.ts';
import { presentRow } from './presenter.ts';
import { listCaseFileItems, readCaseFileItem, type ItemTable } from './read-case-file-items.ts';
import { withdrawConsent } from '../consents/record-consent.ts';
import { idParamsSchema } from '../schema.ts';

/** One resource of a case file: its columns in camelCase (open shape, like the household page). */
const itemSchema = z.record(z.string(), z.unknown());

interface Resource {
  table: ItemTable;
  /** `GET` of one, and the French name of what it is (for the summary and the 404). */
  one: string;
  name: string;
  summary: string;
  /** `GET` of a household's list, when there is one here (messages are listed per referral). */
  list?: { path: string; summary: string };
}

const resources: Resource[] = [
  {
    table: 'person',
    one: '/api/persons/:id',
    name: 'Personne',
    summary: 'Lire une personne d’un ménage',
    list: { path: '/api/households/:id/persons', summary: 'Lister les personnes du ménage' },
  },
  {
    table: 'consent',
    one: '/api/consents/:id',
    name: 'Consentement',
    summary: 'Lire un consentement (portée, date, forme, qui l’a noté, retrait)',
    list: { path: '/api/households/:id/consents', summary: 'Lister les consentements du ménage' },
  },
  {
    table: 'bilan',
    one: '/api/bilans/:id',
    name: 'Bilan',
    summary: 'Lire un bilan enregistré, avec sa situation et ses résultats',
    list: {
      path: '/api/households/:id/bilans',
      summary: 'Lister les bilans du ménage, du plus récent au plus ancien',
    },
  },
  {
    table: 'right_follow_up',
    one: '/api/rights/:id',
    name: 'Droit',
    summary: 'Lire un droit suivi',
    list: { path: '/api/households/:id/rights', summary: 'Lister les droits suivis du ménage' },
  },
  {
    table: 'referral',
    one: '/api/referrals/:id',
    name: 'Orientation',
    summary: 'Lire une orientation (organisation qui l’a envoyée ou qui l’a reçue)',
    list: { path: '/api/households/:id/referrals', summary: 'Lister les orientations du ménage' },
  },
  {
    table: 'referral_message',
    one: '/api/referral-messages/:id',
    name: 'Message',
    summary: 'Lire un message d’orientation (les deux organisations seulement)',
  },
];

/** `PATCH /api/consents/:id`: the only change of a consent is its withdrawal. */
const consentChangeSchema = z.object({
  withdrawn: z.literal(true, 'seul le retrait est possible : withdrawn doit valoir true'),
});

/**
 * Each case-file resource read on its own and listed per household, as the household page shows
 * it, and the withdrawal of a consent as its update.
 */
export function householdItemReadRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  for (const resource of resources) {
    api.get(
      resource.one,
      {
        schema: {
          summary: resource.summary,
          tags: ['suivi'],
          params: idParamsSchema,
          response: { 200: itemSchema, ...refusalResponses },
        },
      },
      async (request) => {
        const actor = await authorise(db, request, 'household.read');
        const row = await readCaseFileItem(db, actor, resource.table, request.params.id);
        if (row === undefined) throw notFound(resource.name);
        return presentRow(row);
      },
    );
    const { list, table } = resource;
    if (list === undefined || table === 'referral_message') continue;
    api.get(
      list.path,
      {
        schema: {
          summary: list.summary,
          tags: ['suivi'],
          params: idParamsSchema,
          response: { 200: z.array(itemSchema), ...refusalResponses },
        },
      },
      async (request) => {
        const actor = await authorise(db, request, 'household.read');
        const rows = await listCaseFileItems(db, actor, table, request.params.id);
        if (rows === undefined) throw notFound('Ménage');
        return rows.map(presentRow);
      },
    );
  }

  api.patch(
    '/api/consents/:id',
    {
      schema: {
        summary: 'Modifier un consentement : le retirer (`withdrawn: true`), par son organisation',
        tags: ['suivi'],
        params: idParamsSchema,
        body: consentChangeSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'consent.write');
      if (!(await withdrawConsent(db, actor, request.params.id))) throw notFound('Consentement');
      return reply.code(204).send(null);
    },
  );
}
