import type { Command } from 'commander';
import { runCommand } from './run-command.ts';

/** `znr reminders [--dry-run]`: the referral reminders, run by hand (the server runs them daily). */
export function registerReminders(program: Command): void {
  program
    .command('reminders')
    .description(
      'Crée une tâche « Relancer … » pour chaque orientation sans réponse depuis ZNR_REFERRAL_REMINDER_DAYS jours (7 par défaut) et clôt celles des orientations répondues',
    )
    .option('--dry-run', 'dit ce qui serait créé ou clos sans rien changer')
    .action(
      runCommand(async (options: { dryRun?: boolean }) => {
        const { loadConfig, openConfiguredDatabase, remindWaitingReferrals } =
          await import('@znr/server');
        const config = loadConfig();
        const database = await openConfiguredDatabase(config);
        try {
          const dryRun = options.dryRun === true;
          const report = await remindWaitingReferrals(database.db, {
            reminderAfterDays: config.ZNR_REFERRAL_REMINDER_DAYS,
            dryRun,
          });
          const created = report.created.length;
          const closed = report.closed.length;
          const s = (n: number) => (n > 1 ? 's' : '');
          console.log(
            dryRun
              ? `Simulation : ${created} tâche${s(created)} de relance à créer, ${closed} à clore ; rien n’a été changé.`
              : `${created} tâche${s(created)} de relance créée${s(created)}, ${closed} close${s(closed)}.`,
          );
          for (const task of report.created) console.log(`- ${task.title}`);
        } finally {
          await database.close();
        }
      }),
    );
}
