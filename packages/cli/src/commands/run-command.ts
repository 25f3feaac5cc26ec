/** A failure of a command that its French message fully explains. */
export class CommandError extends Error {
  override name = 'CommandError';
}

/**
 * Whether the person can act on `error` from its French message alone. The server's own kinds are
 * looked up only now: importing them up front would load the whole server (Fastify, ExcelJS,
 * PDFKit) for commands that never touch it; the commands that throw them have loaded it already.
 */
async function isExplained(error: unknown): Promise<boolean> {
  if (error instanceof CommandError) return true;
  if (!(error instanceof Error)) return false;
  const server = await import('@znr/server').catch(() => undefined);
  const kinds = server ? [server.ConfigError, server.DomainError, server.MigrationError] : [];
  return kinds.some((kind) => error instanceof kind);
}

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
      const explained = await isExplained(error);
      const message = error instanceof Error ? error.message : String(error);
      console.error(explained ? message : `Erreur inattendue : ${message}`);
      process.exitCode = 1;
    }
  };
}
