import { Option, type Command } from 'commander';

/**
 * `znr simulate`: computes every benefit of the engine (RSA, prime d'activité, housing aid, family
 * benefits, ARS, AAH, ASPA, ASI, CSS, chèque énergie) for OpenFisca situations (JSON Lines).
 */
export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description(
      "Calculer les droits (RSA, prime d'activité, aides au logement, prestations familiales, ARS, AAH, ASPA, ASI, CSS, chèque énergie) de situations OpenFisca (JSON Lines)",
    )
    .requiredOption('--input <fichier>', 'une situation par ligne : {"id", "period", "situation"}')
    .requiredOption(
      '--output <fichier>',
      'une réponse par ligne : {"id", "results": {variable: valeur}}',
    )
    .option(
      '--explain',
      'ajouter à chaque ligne "explanations" : pour chaque variable, statut (eligible, a_verifier, non_eligible), motif en français et étapes du calcul avec leurs paramètres',
    )
    .addOption(
      new Option(
        '--parameters <jeu>',
        'valeurs légales : openfisca-176 (celles de la référence OpenFisca-France 176.0.7, pour comparer) ou loi (la loi du jour)',
      )
        .choices(['openfisca-176', 'loi'])
        .default('openfisca-176'),
    )
    .action(
      async (options: {
        input: string;
        output: string;
        explain?: boolean;
        parameters: 'openfisca-176' | 'loi';
      }) => {
        // Loaded here, not at start-up: the other commands never need the rules engine.
        const { runSimulate } = await import('./run-simulate.ts');
        // Said on every run: the default is not the law of the day, and a reader must know which.
        process.stderr.write(
          options.parameters === 'loi'
            ? 'Paramètres : loi du jour (toutes les valeurs légales saisies).\n'
            : 'Paramètres : surcouche openfisca-176 (valeurs de la référence OpenFisca-France 176.0.7 ; « --parameters loi » pour la loi du jour).\n',
        );
        const { written, rejected } = await runSimulate(options.input, options.output, undefined, {
          explain: options.explain === true,
          parameters: options.parameters,
        });
        if (process.stderr.isTTY)
          process.stderr.write(`${written} situations calculées, ${rejected} rejetées.\n`);
      },
    );
}
