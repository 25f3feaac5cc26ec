import type { Command } from 'commander';
import { CommandError, runCommand } from './run-command.ts';

/** `znr audit verify`: recompute the audit log's hash chain and report every break. */
export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('Journal d’audit des données personnelles');
  audit
    .command('verify')
    .description(
      'Vérifie la chaîne de hachage du journal : signale toute entrée modifiée, insérée ou supprimée',
    )
    .action(
      runCommand(async () => {
        const { loadConfig, openConfiguredDatabase, verifyAuditChain } =
          await import('@znr/server');
        const database = await openConfiguredDatabase(loadConfig());
        try {
          const { entries, chains, problems } = await verifyAuditChain(database.db);
          if (problems.length > 0) {
            throw new CommandError(
              [
                `Journal d’audit altéré : ${problems.length} anomalie${problems.length > 1 ? 's' : ''} sur ${entries} entrées.`,
                ...problems.map((problem) => `- ${problem.message}`),
              ].join('\n'),
            );
          }
          console.log(
            `Journal d’audit intact : ${entries} entrées, ${chains} chaîne${chains > 1 ? 's' : ''} de hachage vérifiée${chains > 1 ? 's' : ''} (une par organisation).`,
          );
        } finally {
          await database.close();
        }
      }),
    );
}
