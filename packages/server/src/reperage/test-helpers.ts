import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestServer } from '../test/test-server.ts';
import { buildOrganisation, buildUser, type BuiltUser } from '../test/factories.ts';

// Helpers of repérage's tests: logging in through the real API and uploading a file in multipart.

/** A fresh data folder for a test server (uploads go under it). */
export function temporaryDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'znr-reperage-'));
}

/** The session cookie of a user, logged in through POST /api/session. */
export async function login(server: TestServer, user: BuiltUser): Promise<string> {
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email: user.email, password: user.password },
  });
  const cookie = response.cookies.find((c) => c.name === 'znr_session');
  return `znr_session=${cookie?.value ?? ''}`;
}

/** A multipart/form-data body with one file field, as a browser sends it. */
export function multipartBody(fileName: string, content: Buffer): { body: Buffer; type: string } {
  const boundary = `----znr${randomUUID()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="fichier"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    body: Buffer.concat([head, content, tail]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Uploads a file as `cookie` for `partner`; returns the API's answer. */
export function upload(
  server: TestServer,
  cookie: string,
  partner: string,
  fileName: string,
  content: Buffer,
) {
  const { body, type } = multipartBody(fileName, content);
  return server.app.inject({
    method: 'POST',
    url: `/api/reperage/uploads?partner=${encodeURIComponent(partner)}`,
    headers: { cookie, 'content-type': type },
    payload: body,
  });
}

/** A territory's coordinator and a social worker of a landlord of it, both logged in. */
export async function coordinatorAndBailleur(server: TestServer) {
  const coordinator = await buildUser(server.db, { role: 'coordinateur' });
  const organisation = await buildOrganisation(server.db, {
    territoryId: coordinator.organisation.territory_id,
    type: 'bailleur_social',
  });
  const bailleur = await buildUser(server.db, { role: 'travailleur_social', organisation });
  return {
    coordinator,
    bailleur,
    coordinatorCookie: await login(server, coordinator),
    bailleurCookie: await login(server, bailleur),
  };
}
