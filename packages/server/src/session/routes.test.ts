import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSessionToken } from '../tenancy/session-token.ts';
import { buildOrganisation, buildUser, type BuiltUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';

let server: TestServer;
let user: BuiltUser;

beforeAll(async () => {
  server = await startTestServer();
  const organisation = await buildOrganisation(server.db, {
    name: 'CCAS de Vénissieux',
    type: 'ccas_cias',
  });
  user = await buildUser(server.db, { role: 'travailleur_social', organisation });
});
afterAll(() => server.close());

function login(email: string, password: string, ip = '10.0.0.1') {
  return server.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email, password },
    remoteAddress: ip,
  });
}

function getSession(token?: string) {
  return server.app.inject({
    method: 'GET',
    url: '/api/session',
    ...(token === undefined ? {} : { cookies: { znr_session: token } }),
  });
}

function sessionCookie(response: Awaited<ReturnType<typeof login>>) {
  return response.cookies.find((cookie) => cookie.name === 'znr_session');
}

const invalidCredentials = {
  error: 'identifiants_invalides',
  message: 'Adresse e-mail ou mot de passe incorrect.',
};

describe('POST /api/session', () => {
  it('logs in with the right password and answers who is logged in', async () => {
    const response = await login(user.email.toUpperCase(), user.password);
    expect(response.statusCode).toBe(200);
    const membership = {
      id: user.membershipId,
      role: 'travailleur_social',
      roleLabel: 'Travailleur social',
      organisation: {
        id: user.organisation.id,
        name: 'CCAS de Vénissieux',
        type: 'ccas_cias',
        typeLabel: 'Centre communal ou intercommunal d’action sociale (CCAS / CIAS)',
        address: user.organisation.address,
        phone: user.organisation.phone,
        email: user.organisation.email,
      },
      territory: { id: user.organisation.territory_id, name: expect.any(String) as string },
    };
    expect(response.json()).toEqual({
      user: { id: user.id, email: user.email, displayName: expect.any(String) as string },
      membership,
      memberships: [membership],
    });
  });

  it('sets an HTTP-only, SameSite=Lax session cookie for the whole site, not Secure outside production', async () => {
    const cookie = sessionCookie(await login(user.email, user.password));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeUndefined();
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('keeps only the SHA-256 of the token in the database', async () => {
    const token = sessionCookie(await login(user.email, user.password))?.value ?? '';
    const stored = await server.db.selectFrom('user_session').select('token_hash').execute();
    expect(stored.map((row) => row.token_hash)).toContain(hashSessionToken(token));
    expect(stored.map((row) => row.token_hash)).not.toContain(token);
  });

  it('replaces the session the browser already had', async () => {
    const first = sessionCookie(await login(user.email, user.password, '10.0.0.10'))?.value ?? '';
    const second = await server.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: user.email, password: user.password },
      cookies: { znr_session: first },
      remoteAddress: '10.0.0.10',
    });
    expect(second.statusCode).toBe(200);
    expect((await getSession(first)).statusCode).toBe(401);
    expect((await getSession(sessionCookie(second)?.value)).statusCode).toBe(200);
  });

  it('refuses a wrong password with 401 and no cookie', async () => {
    const response = await login(user.email, 'pas-le-bon-mot-de-passe', '10.0.0.2');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual(invalidCredentials);
    expect(sessionCookie(response)).toBeUndefined();
  });

  it('answers an unknown e-mail exactly as a wrong password', async () => {
    const response = await login('personne@inconnue.fr', 'pas-le-bon-mot-de-passe', '10.0.0.3');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual(invalidCredentials);
  });

  it('refuses a disabled account, even with its right password', async () => {
    const disabled = await buildUser(server.db, { disabled: true });
    const response = await login(disabled.email, disabled.password, '10.0.0.4');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual(invalidCredentials);
  });

  it('answers 429 in French after 10 attempts from one address for one e-mail', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push((await login(user.email, 'mauvais', '10.0.0.5')).statusCode);
    }
    expect(statuses).toEqual(Array<number>(10).fill(401));
    const blocked = await login(user.email, user.password, '10.0.0.5');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toEqual({
      error: 'trop_de_tentatives',
      message: 'Trop de tentatives de connexion. Réessayez dans 15 minutes.',
    });
    // Another e-mail from the same address, or the same e-mail from elsewhere, is not blocked.
    expect((await login('autre@example.org', 'mauvais', '10.0.0.5')).statusCode).toBe(401);
    expect((await login(user.email, user.password, '10.0.0.6')).statusCode).toBe(200);
  });
});

describe('GET /api/session', () => {
  it('answers 401 in French without a session cookie', async () => {
    const response = await getSession();
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      error: 'non_connecte',
      message:
        'Vous n’êtes pas connecté. Connectez-vous avec votre adresse e-mail et votre mot de passe.',
    });
  });

  it('answers 401 for a made-up token', async () => {
    const response = await getSession('jeton-invente');
    expect(response.statusCode).toBe(401);
  });

  it('says who is logged in, with every membership', async () => {
    const second = await buildOrganisation(server.db, { type: 'association' });
    const both = await buildUser(server.db, { role: 'ambassadeur' });
    await buildUser(server.db, { email: both.email, organisation: second, role: 'coordinateur' });
    const token = sessionCookie(await login(both.email, both.password, '10.0.0.7'))?.value ?? '';
    const response = await getSession(token);
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      membership: { id: string; role: string };
      memberships: { role: string; organisation: { type: string } }[];
    }>();
    expect(body.membership).toMatchObject({ id: both.membershipId, role: 'ambassadeur' });
    expect(body.memberships.map((m) => [m.role, m.organisation.type])).toEqual([
      ['ambassadeur', 'ccas_cias'],
      ['coordinateur', 'association'],
    ]);
  });

  it('stops answering for a session whose user has been disabled since', async () => {
    const later = await buildUser(server.db);
    const token = sessionCookie(await login(later.email, later.password, '10.0.0.8'))?.value ?? '';
    await server.db
      .updateTable('app_user')
      .set({ disabled: true })
      .where('id', '=', later.id)
      .execute();
    const response = await getSession(token);
    expect(response.statusCode).toBe(401);
  });
});

describe('a session past its expiry', () => {
  async function sessionExpiring(inMilliseconds: number, ip: string): Promise<string> {
    const token = sessionCookie(await login(user.email, user.password, ip))?.value ?? '';
    await server.db
      .updateTable('user_session')
      .set({ expires_at: new Date(Date.now() + inMilliseconds) })
      .where('token_hash', '=', hashSessionToken(token))
      .execute();
    return token;
  }

  it('is still accepted a minute before it expires', async () => {
    const token = await sessionExpiring(60_000, '10.0.0.20');
    expect((await getSession(token)).statusCode).toBe(200);
  });

  it('answers 401, on the session and on a protected route, a second after it expired', async () => {
    const token = await sessionExpiring(-1_000, '10.0.0.21');
    expect((await getSession(token)).statusCode).toBe(401);
    const households = await server.app.inject({
      method: 'GET',
      url: '/api/households',
      cookies: { znr_session: token },
    });
    expect(households.statusCode).toBe(401);
  });
});

describe('DELETE /api/session', () => {
  it('logs out: 204, cookie cleared, session deleted server-side', async () => {
    const token = sessionCookie(await login(user.email, user.password, '10.0.0.9'))?.value ?? '';
    const response = await server.app.inject({
      method: 'DELETE',
      url: '/api/session',
      cookies: { znr_session: token },
    });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    const cleared = sessionCookie(response);
    expect(cleared?.value).toBe('');
    expect(cleared?.expires?.getTime()).toBeLessThanOrEqual(Date.now());
    const left = await server.db
      .selectFrom('user_session')
      .select('id')
      .where('token_hash', '=', hashSessionToken(token))
      .execute();
    expect(left).toEqual([]);
    const after = await getSession(token);
    expect(after.statusCode).toBe(401);
  });

  it('answers 204 when nobody is logged in', async () => {
    const response = await server.app.inject({ method: 'DELETE', url: '/api/session' });
    expect(response.statusCode).toBe(204);
  });
});
