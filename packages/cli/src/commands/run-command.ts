import { ConfigError, DomainError, MigrationError } from '@znr/server';

/** A failure of a command that its French message fully explains. */
export class CommandError extends Error {
  override name = 'CommandError';
}

// Errors the person can act on: their message is the whole story, in French.
const explainedErrors = [CommandError, ConfigError, DomainError, MigrationError];

/**
 * Runs a command's action; on failure prints a French message (no stack trace) on stderr and
 * sets a non-zero exit code. Unexpected errors keep their message, prefixed as such.
 */
export function runCommand<A extends unknown[]>(
  action: (...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await action(...args);
    } catch (error) {
      const explained = explainedErrors.some((kind) => error instanceof kind);
      const message = error instanceof Error ? error.message : String(error);
      console.error(explained ? message : `Erreur inattendue : ${message}`);
      process.exitCode = 1;
    }
  };
}
