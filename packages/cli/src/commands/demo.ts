import type { Command } from 'commander';
import { formatDemoLogins } from './demo-logins.ts';
import { runCommand } from './run-command.ts';

/** `znr demo`: create (or complete) the demo territory; running it again changes nothing. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'Crée le territoire de démonstration et un compte par rôle (sans effet s’il existe)',
    )
    .action(
      runCommand(async () => {
        const {
          DEMO_ACCOUNTS,
          DEMO_TERRITORY_NAME,
          loadConfig,
          migrateToLatest,
          openConfiguredDatabase,
          seedDemo,
        } = await import('@znr/server');
        const database = await openConfiguredDatabase(loadConfig());
        try {
          await migrateToLatest(database.db);
          const result = await seedDemo(database.db);
          console.log(
            result.createdUsers === 0
              ? `Le territoire de démonstration « ${DEMO_TERRITORY_NAME} » existe déjà.`
              : `Territoire de démonstration « ${DEMO_TERRITORY_NAME} » prêt (${result.createdUsers} comptes créés).`,
          );
          console.log(`\nComptes de démonstration :\n${formatDemoLogins(DEMO_ACCOUNTS)}`);
        } finally {
          await database.close();
        }
      }),
    );
}
