import { describe, expect, it } from 'vitest';
import { toApiError } from './api-error.ts';

describe('toApiError', () => {
  it("keeps the server's code, French message and field issues", () => {
    const error = toApiError(400, {
      error: 'validation',
      message: 'La demande contient des erreurs.',
      issues: [{ field: 'email', message: 'email : adresse invalide' }, { field: 3 }],
    });
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation');
    expect(error.message).toBe('La demande contient des erreurs.');
    expect(error.issues).toEqual([{ field: 'email', message: 'email : adresse invalide' }]);
  });

  it('shows the message of a wrong login as the server words it', () => {
    const body = {
      error: 'identifiants_invalides',
      message: 'Adresse e-mail ou mot de passe incorrect.',
    };
    expect(toApiError(401, body).message).toBe('Adresse e-mail ou mot de passe incorrect.');
  });

  it('still says something useful in French when the body is not ours', () => {
    expect(toApiError(429, '<html>Too Many Requests</html>').message).toBe(
      'Trop de tentatives. Patientez quelques minutes, puis réessayez.',
    );
    expect(toApiError(502, undefined)).toMatchObject({
      code: 'http_502',
      message: 'Le serveur a rencontré une erreur. Réessayez dans quelques instants.',
    });
    expect(toApiError(418, { message: '  ' }).message).toBe(
      "La demande n'a pas abouti (erreur 418).",
    );
  });
});
