import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { formatDemoLogins } from './demo-logins.ts';
import { CommandError, runCommand } from './run-command.ts';

/** Where `npm run build:web` puts the web app. */
export const webDist = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** `znr start`: migrate, seed the demo on an empty database, serve the API and the web app. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description(
      'Démarre la plateforme (port PORT, 3000 par défaut) : applique les migrations, crée la démonstration sur une base vide',
    )
    .action(
      runCommand(async () => {
        const { DEMO_ACCOUNTS, DEMO_TERRITORY_NAME, loadConfig, startServer } =
          await import('@znr/server');
        const config = loadConfig();
        const server = await startServer(config, webDist).catch((error: unknown) => {
          if ((error as { code?: string }).code === 'EADDRINUSE') {
            throw new CommandError(
              `Le port ${config.PORT} est déjà utilisé : arrêtez l’autre programme ou choisissez un autre port (PORT=3001 npx znr start).`,
            );
          }
          throw error;
        });
        const stop = (): void => {
          console.log('\nArrêt de la plateforme…');
          server.close().then(
            () => process.exit(0),
            () => process.exit(1),
          );
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);

        const lines = [
          '',
          `Zéro non-recours écoute sur ${server.url}`,
          `Base de données : ${server.database.engine === 'pglite' ? 'PGlite' : 'PostgreSQL'} (${server.database.location})`,
        ];
        if (server.migrated.length > 0) {
          lines.push(`Migrations appliquées : ${server.migrated.join(', ')}`);
        }
        if (server.demoSeeded)
          lines.push(`Territoire de démonstration créé : ${DEMO_TERRITORY_NAME}`);
        if (server.demoAvailable) {
          lines.push(
            '',
            `Comptes de démonstration (${DEMO_TERRITORY_NAME}) — à ne jamais utiliser avec des données réelles :`,
            formatDemoLogins(DEMO_ACCOUNTS),
          );
        }
        lines.push('', 'Ctrl+C pour arrêter.', '');
        console.log(lines.join('\n'));
      }),
    );
}
