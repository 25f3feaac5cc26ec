import type { Command } from 'commander';
import { runCommand } from './run-command.ts';

/** `znr migrate`: apply the pending migrations to the configured database. */
export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description(
      'Applique les migrations en attente à la base (DATABASE_URL, sinon PGlite dans ZNR_DATA_DIR)',
    )
    .action(
      runCommand(async () => {
        const { latestMigration, loadConfig, migrateToLatest, openConfiguredDatabase } =
          await import('@znr/server');
        const database = await openConfiguredDatabase(loadConfig());
        try {
          const applied = await migrateToLatest(database.db);
          console.log(
            applied.length === 0
              ? `Base à jour (${latestMigration}) : aucune migration à appliquer.`
              : `Migrations appliquées (${applied.length}) : ${applied.join(', ')}.`,
          );
        } finally {
          await database.close();
        }
      }),
    );
}
