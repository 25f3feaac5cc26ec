import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function postSession(payload: unknown) {
  return server.app.inject({ method: 'POST', url: '/api/session', payload: payload as object });
}

describe('validation errors', () => {
  it('name each field and its reason in French', async () => {
    const response = await postSession({ email: 'pas-une-adresse', password: '' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: 'validation',
      message: 'La requête est invalide.',
      issues: [
        { field: 'email', message: 'adresse e-mail invalide' },
        { field: 'password', message: 'ne doit pas être vide' },
      ],
    });
  });

  it('say which field is missing and which has the wrong type', async () => {
    const response = await postSession({ password: 12 });
    expect(response.json()).toMatchObject({
      issues: [
        { field: 'email', message: 'champ obligatoire' },
        { field: 'password', message: 'type attendu : chaîne de caractères (reçu : nombre)' },
      ],
    });
  });

  it('name the body when there is none', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/session' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: 'validation',
      issues: [{ field: 'corps', message: 'absent : un objet JSON est attendu' }],
    });
  });

  it('say so in French when the body is not JSON', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: 'json_invalide',
      message: 'Le corps de la requête n’est pas un JSON valide.',
    });
  });
});

describe('unknown API routes', () => {
  it('answer 404 in JSON and in French', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/dossiers?page=2' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: 'introuvable',
      message: 'Aucune ressource ne répond à GET /api/dossiers.',
    });
  });

  it('answer 404 for a known path with another method', async () => {
    const response = await server.app.inject({ method: 'PUT', url: '/api/session' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'introuvable' });
  });
});

describe('unexpected errors', () => {
  it('answer 500 in French, without any detail of the cause', async () => {
    const broken = await startTestServer();
    await broken.db.destroy();
    const response = await broken.app.inject({
      method: 'GET',
      url: '/api/session',
      cookies: { znr_session: 'un-jeton' },
    });
    await broken.app.close();
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: 'erreur_interne',
      message: 'Une erreur inattendue est survenue. Réessayez plus tard.',
    });
  });
});
