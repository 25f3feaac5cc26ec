import type { Command } from 'commander';
import { runCommand } from './run-command.ts';

/** `znr purge [--dry-run]`: the retention purge, run by hand (the server also runs it daily). */
export function registerPurge(program: Command): void {
  program
    .command('purge')
    .description(
      'Efface les ménages sans activité depuis la durée de conservation de leur territoire (24 mois par défaut)',
    )
    .option('--dry-run', 'liste les ménages concernés sans rien effacer')
    .action(
      runCommand(async (options: { dryRun?: boolean }) => {
        const { loadConfig, openConfiguredDatabase, purgeExpiredHouseholds } =
          await import('@znr/server');
        const database = await openConfiguredDatabase(loadConfig());
        try {
          const dryRun = options.dryRun === true;
          const report = await purgeExpiredHouseholds(database.db, { dryRun });
          const count = report.households.length;
          console.log(
            dryRun
              ? `Simulation : ${count} ménage${count > 1 ? 's' : ''} à effacer, rien n’a été effacé.`
              : `${count} ménage${count > 1 ? 's' : ''} effacé${count > 1 ? 's' : ''} (statistiques pseudonymes conservées).`,
          );
          for (const household of report.households) {
            console.log(
              `- ${household.id} (${household.territory}), dernière activité le ${household.lastActivityAt.toISOString().slice(0, 10)}`,
            );
          }
        } finally {
          await database.close();
        }
      }),
    );
}
