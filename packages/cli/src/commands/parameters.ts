import type { Command } from 'commander';

/**
 * `znr parameters check`: the legal parameters revalued on a known rhythm (every 1 April, every
 * 1 January…) whose next value was due by today and is not entered, in French.
 */
export function registerParameters(program: Command): void {
  const parameters = program
    .command('parameters')
    .description('Paramètres légaux du moteur de règles');
  parameters
    .command('check')
    .description(
      'Lister les paramètres dont la revalorisation attendue (date passée) n’est pas saisie',
    )
    .option('--date <AAAA-MM-JJ>', 'date du contrôle (par défaut : aujourd’hui)')
    .action(async (options: { date?: string }) => {
      // Loaded here, not at start-up: the other commands never need the rules engine.
      const { overdueRevaluations, frenchDate } = await import('@znr/rules');
      const date = options.date ?? new Date().toISOString().slice(0, 10);
      const overdue = overdueRevaluations(date);
      if (overdue.length === 0) {
        process.stdout.write(
          `Au ${frenchDate(date)}, toutes les revalorisations attendues sont saisies.\n`,
        );
        return;
      }
      process.stdout.write(
        `Au ${frenchDate(date)}, ${overdue.length} paramètre${overdue.length > 1 ? 's' : ''} attend${overdue.length > 1 ? 'ent leur' : ' sa'} revalorisation :\n`,
      );
      for (const o of overdue)
        process.stdout.write(
          `- ${o.parameter} (${o.description}) : valeur attendue le ${frenchDate(o.due)}, dernière valeur saisie au ${frenchDate(o.lastFrom)}\n`,
        );
    });
}
