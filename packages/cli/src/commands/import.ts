import { resolve } from 'node:path';
import type { Command } from 'commander';
import { runCommand } from './run-command.ts';

/** `znr import --agreement ID --partner NAME --as EMAIL FILE`: import a partner's file. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'Importe un fichier de partenaire (CSV ou XLSX) sous une convention de partage de données : pseudonymisation, rapport des lignes rejetées',
    )
    .argument('<fichier>', 'fichier CSV (`,` `;` tabulation ; UTF-8 ou Windows-1252) ou XLSX')
    .requiredOption('--agreement <id>', 'identifiant de la convention (active, dans ses dates)')
    .requiredOption('--partner <nom>', 'source du fichier, par exemple « Bailleur Est Métropole »')
    .requiredOption('--as <courriel>', 'compte qui importe (membre d’une organisation partie)')
    .action(
      runCommand(
        async (file: string, options: { agreement: string; partner: string; as: string }) => {
          const { importFileAs, loadConfig, migrateToLatest, openConfiguredDatabase } =
            await import('@znr/server');
          const config = loadConfig();
          const database = await openConfiguredDatabase(config);
          try {
            await migrateToLatest(database.db);
            const result = await importFileAs(database.db, {
              email: options.as,
              agreementId: options.agreement,
              partner: options.partner,
              filePath: resolve(file),
              dataDir: config.ZNR_DATA_DIR,
              maxBytes: config.ZNR_UPLOAD_MAX_MB * 1024 * 1024,
              onProgress: (progress) => {
                process.stderr.write(`\rImport : ${Math.round(progress * 100)} %`);
              },
            });
            process.stderr.write('\n');
            if (result.existing) {
              console.log(
                `Fichier déjà importé sous cette convention (import ${result.importId}).`,
              );
            }
            if (result.status === 'echouee') {
              console.error(`Import en échec : ${result.error ?? 'raison inconnue'}`);
              process.exitCode = 1;
              return;
            }
            console.log(
              `Import ${result.importId} : ${result.rowsTotal} lignes, ${result.rowsValid} gardées, ${result.rowsRejected} rejetées.`,
            );
            for (const row of result.report) {
              console.log(
                `- ligne ${row.line}${row.column ? `, colonne « ${row.column} »` : ''} : ${row.reason}`,
              );
            }
          } finally {
            await database.close();
          }
        },
      ),
    );
}
