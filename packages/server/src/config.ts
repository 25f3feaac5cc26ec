import { z } from 'zod';
import { frenchErrorMap } from './http/french-errors.ts';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], {
    error: 'valeur attendue : true ou false',
  })
  .transform((value) => value === 'true' || value === '1');

/**
 * Every environment variable the platform reads, with its default and its meaning in French.
 * docs/configuration.md is the table of this schema; a test keeps the two in step.
 */
export const configSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'])
    .default('development')
    .describe(
      'Mode d’exécution. En production : cookie de session « Secure », HSTS, pas de démonstration par défaut.',
    ),
  HOST: z
    .string()
    .min(1)
    .default('localhost')
    .describe(
      'Adresse d’écoute du serveur HTTP (localhost : cette machine seulement ; 0.0.0.0 : toutes les interfaces).',
    ),
  PORT: z.coerce
    .number({ error: 'un numéro de port est attendu' })
    .int('un entier est attendu')
    .min(0, 'le port doit être compris entre 0 et 65535')
    .max(65535, 'le port doit être compris entre 0 et 65535')
    .default(3000)
    .describe('Port d’écoute du serveur HTTP.'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'URL PostgreSQL attendue (postgres://…)' })
    .optional()
    .describe(
      'URL de connexion PostgreSQL (postgres://utilisateur@hôte:port/base). Absente : base PGlite embarquée.',
    ),
  ZNR_DATA_DIR: z
    .string()
    .min(1)
    .default('./data')
    .describe('Dossier de la base PGlite embarquée (ignoré quand DATABASE_URL est défini).'),
  ZNR_UPLOAD_MAX_MB: z.coerce
    .number({ error: 'un nombre de mégaoctets est attendu' })
    .int('un entier est attendu')
    .positive('la taille doit être positive')
    .default(2048)
    .describe(
      'Taille maximale d’un fichier de partenaire déposé pour le repérage, en Mo (déposé dans ZNR_DATA_DIR/imports-en-attente, supprimé une fois importé).',
    ),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('Niveau des journaux du serveur (pino).'),
  ZNR_DEMO: booleanFlag
    .optional()
    .describe(
      'Crée le territoire de démonstration au démarrage sur une base vide. Par défaut : oui, sauf en production.',
    ),
  ZNR_TRUST_PROXY: booleanFlag
    .default(false)
    .describe(
      'Faire confiance aux en-têtes X-Forwarded-* d’un mandataire inverse (adresse IP réelle du client pour la limite de connexions).',
    ),
  ZNR_SESSION_HOURS: z.coerce
    .number({ error: 'un nombre d’heures est attendu' })
    .positive('la durée doit être positive')
    .max(24 * 90, 'la durée ne peut dépasser 90 jours (2160 heures)')
    .default(12)
    .describe('Durée de vie d’une session, en heures.'),
  ZNR_LOGIN_MAX_ATTEMPTS: z.coerce
    .number({ error: 'un nombre est attendu' })
    .int('un entier est attendu')
    .positive('le nombre doit être positif')
    .default(10)
    .describe(
      'Nombre de tentatives de connexion permises par adresse IP et adresse e-mail en 15 minutes.',
    ),
  ZNR_DB_POOL_SIZE: z.coerce
    .number({ error: 'un nombre est attendu' })
    .int('un entier est attendu')
    .min(1, 'au moins une connexion')
    .max(200, 'au plus 200 connexions')
    .default(20)
    .describe(
      'Nombre maximal de connexions PostgreSQL ouvertes par le serveur (ignoré avec PGlite). Chaque requête tient une connexion le temps de sa transaction.',
    ),
  ZNR_REFERRAL_REMINDER_DAYS: z.coerce
    .number({ error: 'un nombre de jours est attendu' })
    .int('un entier est attendu')
    .min(1, 'au moins un jour')
    .max(365, 'au plus 365 jours')
    .default(7)
    .describe(
      'Nombre de jours après lesquels une orientation restée « envoyée » est signalée en attente au destinataire, peut être relancée par l’expéditeur et lui donne une tâche « Relancer … » (tâche quotidienne).',
    ),
});

type RawConfig = z.output<typeof configSchema>;

/** The validated configuration, with the demo switch resolved. */
export interface Config extends Omit<RawConfig, 'ZNR_DEMO'> {
  ZNR_DEMO: boolean;
}

/** The names of all configuration variables, in the schema's order. */
export const configVariables = Object.keys(configSchema.shape) as (keyof RawConfig)[];

/** Thrown when the environment holds an invalid value; the message names each variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Configuration invalide :\n${problems.map((p) => `  - ${p.variable} : ${p.message}`).join('\n')}`,
    );
  }
}

/**
 * Reads and validates the configuration from `env` (default `process.env`); throws a
 * {@link ConfigError} naming every bad variable, so the process stops before doing anything.
 * Empty strings count as unset.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    configVariables.flatMap((name) => {
      const value = env[name];
      return value === undefined || value === '' ? [] : [[name, value]];
    }),
  );
  const result = configSchema.safeParse(present, { error: frenchErrorMap });
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => ({
        variable: issue.path.join('.'),
        message: issue.message,
      })),
    );
  }
  const raw = result.data;
  return { ...raw, ZNR_DEMO: raw.ZNR_DEMO ?? raw.NODE_ENV !== 'production' };
}
