import { describe, expect, it } from 'vitest';
import { credentialErrorsFromIssues, validateCredentials } from './credentials.ts';

describe('validateCredentials', () => {
  it('accepts a plausible address and any non-empty password', () => {
    expect(validateCredentials({ email: 'a.b@ccas-lyon.fr', password: ' ' })).toEqual({});
  });

  it('asks for each missing field by name', () => {
    expect(validateCredentials({ email: '  ', password: '' })).toEqual({
      email: 'Saisissez votre adresse e-mail.',
      password: 'Saisissez votre mot de passe.',
    });
  });

  it('shows the expected format when the address is not one', () => {
    for (const email of ['marie', 'marie@', 'marie@ccas', 'ma rie@ccas.fr']) {
      expect(validateCredentials({ email, password: 'x' }).email, email).toBe(
        "L'adresse e-mail doit être au format nom@domaine.fr.",
      );
    }
  });
});

describe('credentialErrorsFromIssues', () => {
  it('keeps the first message per form field and ignores fields the form does not have', () => {
    expect(
      credentialErrorsFromIssues([
        { field: 'email', message: 'email : adresse invalide' },
        { field: 'email', message: 'second message' },
        { field: 'captcha', message: 'inconnu' },
      ]),
    ).toEqual({ email: 'email : adresse invalide' });
  });
});
