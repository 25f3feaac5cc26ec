import type { Command } from 'commander';
import type { AgreementPurgeReport } from '@znr/server';
import { runCommand } from './run-command.ts';

/** `znr purge [--dry-run]`: the retention purge, run by hand (the server also runs it daily). */
export function registerPurge(program: Command): void {
  program
    .command('purge')
    .description(
      'Efface les ménages sans activité depuis la durée de conservation de leur territoire (24 mois par défaut), et les données importées sous une convention terminée, échue ou dont la durée de conservation est passée',
    )
    .option('--dry-run', 'liste les ménages et les imports concernés sans rien effacer')
    .action(
      runCommand(async (options: { dryRun?: boolean }) => {
        const { loadConfig, openConfiguredDatabase, purgeAgreementData, purgeExpiredHouseholds } =
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
          printAgreementPurge(await purgeAgreementData(database.db, { dryRun }));
        } finally {
          await database.close();
        }
      }),
    );
}

const reasons: Record<AgreementPurgeReport['imports'][number]['reason'], string> = {
  convention_terminee: 'convention terminée',
  convention_expiree: 'convention échue',
  conservation_echue: 'durée de conservation passée',
};

function printAgreementPurge(report: AgreementPurgeReport): void {
  const count = report.imports.length;
  const plural = count > 1 ? 's' : '';
  console.log(
    report.dryRun
      ? `Simulation : ${count} import${plural} de partenaires à effacer (${report.linkageRuns} rapprochement(s), ${report.candidatesErased} personne(s) repérée(s) ; ${report.candidatesKept} devenue(s) dossier(s) conservée(s)), rien n’a été effacé.`
      : `${count} import${plural} de partenaires effacé${plural} (${report.linkageRuns} rapprochement(s), ${report.candidatesErased} personne(s) repérée(s) ; ${report.candidatesKept} devenue(s) dossier(s) conservée(s) ; statistiques pseudonymes conservées).`,
  );
  for (const item of report.imports) {
    console.log(
      `- import ${item.id} « ${item.partner} » (${item.records} lignes) de la convention « ${item.agreementTitle} », importé le ${item.importedAt.toISOString().slice(0, 10)} : ${reasons[item.reason]}`,
    );
  }
}
