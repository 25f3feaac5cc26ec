import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to argon2id with m=19 MiB, t=2, p=1: the OWASP recommendation.
// Its `Algorithm` is a const enum, which isolated modules cannot import, hence no explicit option.

/** Hashes a password with argon2id; the PHC string carries the salt and the parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Whether `password` matches the argon2 `passwordHash`. */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

// A hash of nothing in particular: checking a password against it when the e-mail is unknown
// takes as long as a real check, so the answer time does not reveal which e-mails exist.
let decoyHash: Promise<string> | undefined;

/** Spends the time of a password check, for unknown accounts; always false. */
export async function verifyDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword(generatePassword());
  await verify(await decoyHash, password);
  return false;
}

// No look-alike characters (0/O, 1/l/I), so a password read off a terminal is typed right.
const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random password of `length` characters (about 5.8 bits each: 20 characters ≈ 116 bits). */
export function generatePassword(length = 20): string {
  let password = '';
  for (let i = 0; i < length; i++) password += alphabet[randomInt(alphabet.length)];
  return password;
}
