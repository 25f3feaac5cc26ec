import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, type BuiltUser } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { createHousehold } from './create-household.ts';
import { searchHouseholds } from './search-households.ts';

let server: TestServer;
let user: BuiltUser;
let lefevre = '';
let diallo = '';

const actor = () => ({ userId: user.id, organisationId: user.organisation.id, role: user.role });

beforeAll(async () => {
  server = await startTestServer();
  user = await buildUser(server.db, { role: 'travailleur_social' });
  lefevre = await createHousehold(server.db, actor(), {
    persons: [
      {
        role: 'demandeur',
        firstName: 'Élodie',
        lastName: 'Lefèvre',
        birthDate: '1988-03-14',
        phone: '06 12 34 56 78',
      },
      { role: 'enfant', firstName: 'Noé', lastName: 'Lefèvre' },
    ],
  });
  diallo = await createHousehold(server.db, actor(), {
    persons: [{ role: 'demandeur', firstName: 'Mohamed', lastName: 'Diallo' }],
  });
});
afterAll(() => server.close());

async function ids(search: Parameters<typeof searchHouseholds>[2]): Promise<string[]> {
  return (await searchHouseholds(server.db, actor(), search)).map((h) => h.id);
}

describe('searchHouseholds', () => {
  it('finds a name whatever its accents and case', async () => {
    expect(await ids({ q: 'elodie LEFEVRE' })).toEqual([lefevre]);
    expect(await ids({ q: 'lef' })).toEqual([lefevre]);
  });

  it('tolerates a spelling that sounds the same', async () => {
    expect(await ids({ q: 'Lefebvre' })).toEqual([lefevre]);
    expect(await ids({ q: 'Mouhamed' })).toEqual([diallo]);
  });

  it('finds by birth date and by phone however it is typed', async () => {
    expect(await ids({ birthDate: '1988-03-14' })).toEqual([lefevre]);
    expect(await ids({ phone: '+33 6 12 34 56 78' })).toEqual([lefevre]);
  });

  it('understands one search box holding a date or a phone, however it is typed', async () => {
    expect(await ids({ q: '14/03/1988' })).toEqual([lefevre]);
    expect(await ids({ q: '1988-03-14' })).toEqual([lefevre]);
    expect(await ids({ q: '06 12 34 56 78' })).toEqual([lefevre]);
    expect(await ids({ q: '+33612345678' })).toEqual([lefevre]);
    expect(await ids({ q: 'Lefebvre 14.03.1988' })).toEqual([lefevre]);
    expect(await ids({ q: 'Diallo 14/03/1988' })).toEqual([]);
    expect(await ids({ birthDate: '14/03/1988' })).toEqual([lefevre]);
    expect(await ids({ q: '15/03/1988' })).toEqual([]);
  });

  it('finds nothing for a name nobody has', async () => {
    expect(await ids({ q: 'Zygmunt' })).toEqual([]);
  });

  it('lists the household with every person, the applicant first', async () => {
    const [found] = await searchHouseholds(server.db, actor(), { q: 'Noé' });
    expect(found?.persons.map((p) => p.firstName)).toEqual(['Élodie', 'Noé']);
  });
});
