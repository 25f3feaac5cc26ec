import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildTerritory } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { authenticate } from './authenticate.ts';
import { createAdmin } from './create-admin.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('createAdmin', () => {
  it('creates an admin in an organisation named exactly, with a generated password', async () => {
    const organisation = await buildOrganisation(server.db, { name: 'CCAS de Saint-Fons' });
    const created = await createAdmin(server.db, {
      email: 'Admin@Saint-Fons.fr',
      name: 'Agnès Admin',
      organisation: 'CCAS de Saint-Fons',
    });
    expect(created).toMatchObject({
      email: 'admin@saint-fons.fr',
      organisation: { id: organisation.id, name: 'CCAS de Saint-Fons' },
      role: 'admin',
      userCreated: true,
      membershipCreated: true,
    });
    expect(created.generatedPassword).toMatch(/^[A-Za-z2-9]{20}$/);
    const user = await authenticate(
      server.db,
      'admin@saint-fons.fr',
      created.generatedPassword ?? '',
    );
    expect(user).toMatchObject({ id: created.userId, displayName: 'Agnès Admin' });
    const stored = await server.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('id', '=', created.userId)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('adds a membership to an existing user, by organisation id, keeping their password', async () => {
    const first = await buildOrganisation(server.db);
    const second = await buildOrganisation(server.db, { type: 'caf' });
    const created = await createAdmin(server.db, {
      email: 'double@example.org',
      name: 'Double',
      organisation: first.id,
      password: 'un-mot-de-passe-choisi',
    });
    const again = await createAdmin(server.db, {
      email: 'double@example.org',
      name: 'Double',
      organisation: second.id,
      role: 'pilote',
    });
    expect(again).toMatchObject({ userId: created.userId, userCreated: false, role: 'pilote' });
    expect(again.generatedPassword).toBeUndefined();
    expect(
      await authenticate(server.db, 'double@example.org', 'un-mot-de-passe-choisi'),
    ).toBeDefined();
  });

  it('refuses an unknown organisation, naming it', async () => {
    await expect(
      createAdmin(server.db, { email: 'a@b.fr', name: 'A', organisation: 'CCAS de Nulle-Part' }),
    ).rejects.toThrow(
      'Aucune organisation ne porte l’identifiant ou le nom exact « CCAS de Nulle-Part ».',
    );
  });

  it('refuses a name that two territories share, asking for the id', async () => {
    for (const name of ['Territoire A', 'Territoire B']) {
      const territory = await buildTerritory(server.db, { name });
      await buildOrganisation(server.db, { territoryId: territory.id, name: 'Mission locale' });
    }
    await expect(
      createAdmin(server.db, { email: 'a@b.fr', name: 'A', organisation: 'Mission locale' }),
    ).rejects.toMatchObject({ kind: 'organisation_ambigue' });
  });

  it('refuses a short chosen password and an invalid e-mail', async () => {
    const organisation = await buildOrganisation(server.db);
    await expect(
      createAdmin(server.db, {
        email: 'court@example.org',
        name: 'C',
        organisation: organisation.id,
        password: 'court',
      }),
    ).rejects.toThrow('Le mot de passe doit contenir au moins 12 caractères.');
    await expect(
      createAdmin(server.db, {
        email: 'pas-une-adresse',
        name: 'C',
        organisation: organisation.id,
      }),
    ).rejects.toThrow('Adresse e-mail « pas-une-adresse » invalide.');
  });
});
