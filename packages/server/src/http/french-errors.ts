import { z } from 'zod';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const frenchLocale = z.locales.fr().localeError;

const typeNames: Record<string, string> = {
  string: 'chaîne de caractères',
  number: 'nombre',
  int: 'nombre entier',
  boolean: 'booléen (true ou false)',
  object: 'objet',
  array: 'liste',
  null: 'null',
  undefined: 'rien',
  bigint: 'nombre entier',
  date: 'date',
};

function typeName(type: string): string {
  return typeNames[type] ?? type;
}

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}

function sizeMessage(issue: Issue & { code: 'too_small' | 'too_big' }): string | undefined {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string') {
    if (small && limit === 1) return 'ne doit pas être vide';
    return `doit contenir ${small ? 'au moins' : 'au plus'} ${limit} caractère${limit > 1 ? 's' : ''}`;
  }
  if (issue.origin === 'array') {
    return `doit contenir ${small ? 'au moins' : 'au plus'} ${limit} élément${limit > 1 ? 's' : ''}`;
  }
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
    const comparison = small ? 'supérieur' : 'inférieur';
    return issue.inclusive
      ? `doit être ${comparison} ou égal à ${limit}`
      : `doit être strictement ${comparison} à ${limit}`;
  }
  return undefined;
}

const formatMessages: Record<string, string> = {
  email: 'adresse e-mail invalide',
  uuid: 'identifiant invalide (UUID attendu)',
  url: 'adresse web invalide',
  date: 'date invalide (format AAAA-MM-JJ attendu)',
  datetime: 'date et heure invalides (format ISO 8601 attendu)',
};

/**
 * French messages for zod issues, in the words a user of the API reads: short, naming what is
 * expected. Falls back to zod's French locale for the rarer cases. Schema-level messages win.
 */
export const frenchErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'champ obligatoire';
      return `type attendu : ${typeName(issue.expected)} (reçu : ${typeName(receivedType(issue.input))})`;
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue) ?? frenchLocale(issue);
    case 'invalid_format':
      return formatMessages[issue.format] ?? frenchLocale(issue);
    case 'invalid_value':
      return `valeur non reconnue ; valeurs possibles : ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `champ${issue.keys.length > 1 ? 's' : ''} inconnu${issue.keys.length > 1 ? 's' : ''} : ${issue.keys.join(', ')}`;
    default:
      return frenchLocale(issue);
  }
};
