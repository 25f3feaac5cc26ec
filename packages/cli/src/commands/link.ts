import type { Command } from 'commander';
import type { LinkCommandOptions } from './run-link.ts';

/** `znr link`: links two identity files and writes the matched pairs as `left_id,right_id,score`. */
export function registerLink(program: Command): void {
  program
    .command('link')
    .description('Rapprocher deux fichiers de personnes (appariement probabiliste)')
    .requiredOption('--left <fichier>', 'premier fichier CSV (première colonne : identifiant)')
    .requiredOption('--right <fichier>', 'second fichier CSV (première colonne : identifiant)')
    .requiredOption(
      '--output <fichier>',
      'fichier CSV des paires trouvées : left_id,right_id,score',
    )
    .option('--threshold <probabilité>', 'probabilité minimale d’une paire retenue', '0.5')
    .option('--threads <nombre>', 'fils de calcul, celui-ci compris, ou « auto » pour un par cœur')
    .option('--quality <fichier>', 'écrire les indicateurs de qualité (paramètres EM…) en JSON')
    .action(async (options: LinkCommandOptions) => {
      // Loaded here, not at start-up: the other commands never need the linkage.
      const { IdentityFileError } = await import('@znr/linkage');
      const { runLink } = await import('./run-link.ts');
      try {
        await runLink(options);
      } catch (error) {
        if (!(error instanceof IdentityFileError)) throw error;
        console.error(`Erreur : ${error.message}`);
        process.exitCode = 1;
      }
    });
}
