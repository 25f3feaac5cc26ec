import type { Credentials, FieldIssue } from '../../api/index.ts';

/** The login form's fields, keyed as the API names them. */
export type CredentialField = keyof Credentials;
export type CredentialErrors = Partial<Record<CredentialField, string>>;

// Deliberately loose: the server is the judge; this only catches what is obviously not an address.
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks the form before sending it, with the messages the DSFR pattern asks for. */
export function validateCredentials(credentials: Credentials): CredentialErrors {
  const errors: CredentialErrors = {};
  const email = credentials.email.trim();
  if (email === '') errors.email = 'Saisissez votre adresse e-mail.';
  else if (!LOOKS_LIKE_EMAIL.test(email))
    errors.email = "L'adresse e-mail doit être au format nom@domaine.fr.";
  if (credentials.password === '') errors.password = 'Saisissez votre mot de passe.';
  return errors;
}

/** Keeps the API's field issues that belong to a field of this form. */
export function credentialErrorsFromIssues(issues: readonly FieldIssue[]): CredentialErrors {
  const errors: CredentialErrors = {};
  for (const { field, message } of issues) {
    if ((field === 'email' || field === 'password') && errors[field] === undefined)
      errors[field] = message;
  }
  return errors;
}

/** The fields in the order they appear on screen, to focus the first one in error. */
export const credentialFieldOrder: readonly CredentialField[] = ['email', 'password'];
