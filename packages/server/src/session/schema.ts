import { z } from 'zod';
import { organisationTypes } from '../tenancy/organisation-types.ts';
import { roles } from '../tenancy/roles.ts';

/** `POST /api/session` body. */
export const loginBodySchema = z.object({
  email: z.email().max(254).describe('Adresse e-mail du compte'),
  password: z.string().min(1).max(1024).describe('Mot de passe'),
});

export type LoginBody = z.infer<typeof loginBodySchema>;

const membershipSchema = z.object({
  id: z.uuid(),
  role: z.enum(roles),
  roleLabel: z.string().describe('Libellé du rôle, en français'),
  organisation: z.object({
    id: z.uuid(),
    name: z.string(),
    type: z.enum(organisationTypes),
    typeLabel: z.string().describe('Libellé du type d’organisation, en français'),
    address: z.string().nullable().describe('Adresse postale, imprimée sur la copie du bilan'),
    phone: z.string().nullable().describe('Téléphone d’accueil'),
    email: z.string().nullable().describe('Adresse e-mail de contact'),
  }),
  territory: z.object({ id: z.uuid(), name: z.string() }),
});

/** Who is logged in: the user, the active membership, and all their memberships. */
export const sessionSchema = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), displayName: z.string() }),
  membership: membershipSchema.describe('Appartenance active de la session'),
  memberships: z.array(membershipSchema).describe('Toutes les appartenances de la personne'),
});

export type SessionJson = z.infer<typeof sessionSchema>;
