import { Option, type Command } from 'commander';
import type { Role } from '@znr/server';
import { runCommand } from './run-command.ts';

interface CreateOptions {
  email: string;
  name: string;
  organisation: string;
  role: Role;
  passwordStdin?: boolean;
}

async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

interface OrganisationOptions {
  territory: string;
  communes?: string;
  name: string;
  type: string;
  address?: string;
  phone?: string;
  email?: string;
}

function registerOrganisation(admin: Command): void {
  admin
    .command('organisation')
    .description(
      'Crée une organisation partenaire, et son territoire s’il est nouveau (sans effet si elle existe)',
    )
    .requiredOption('--territory <nom>', 'nom du territoire')
    .option(
      '--communes <codes>',
      'codes INSEE des communes du territoire, séparés par des virgules',
    )
    .requiredOption('--name <nom>', 'nom de l’organisation')
    .requiredOption('--type <type>', 'type : caf, cpam, ccas_cias, bailleur_social, association…')
    .option('--address <adresse>', 'adresse postale publique')
    .option('--phone <téléphone>', 'téléphone public')
    .option('--email <e-mail>', 'adresse e-mail publique')
    .action(
      runCommand(async (options: OrganisationOptions) => {
        const { createOrganisation, loadConfig, migrateToLatest, openConfiguredDatabase } =
          await import('@znr/server');
        const database = await openConfiguredDatabase(loadConfig());
        try {
          await migrateToLatest(database.db);
          const { communes, territory, ...organisation } = options;
          const created = await createOrganisation(database.db, {
            ...organisation,
            territory,
            inseeCodes: (communes ?? '')
              .split(',')
              .map((code) => code.trim())
              .filter(Boolean),
          });
          if (created.territoryCreated) console.log(`Territoire créé : ${territory}.`);
          console.log(
            created.organisationCreated
              ? `Organisation créée : ${options.name} (identifiant ${created.organisationId}).`
              : `L’organisation ${options.name} existe déjà (identifiant ${created.organisationId}).`,
          );
        } finally {
          await database.close();
        }
      }),
    );
}

/** `znr admin create`: create an account (or add a role to one) without any prompt. */
export function registerAdmin(program: Command): void {
  const admin = program
    .command('admin')
    .description(
      'Administration : organisations et comptes (sans la démonstration, en production)',
    );
  registerOrganisation(admin);
  const role = new Option('--role <rôle>', 'rôle dans l’organisation').default('admin');
  // The list of roles is the server's: read it only once `znr admin …` runs, so that the other
  // commands start without loading the server.
  admin.hook('preSubcommand', async () => {
    role.choices((await import('@znr/server')).roles);
  });
  admin
    .command('create')
    .description(
      'Crée un compte dans une organisation (ou lui ajoute ce rôle) ; sans --password-stdin, un mot de passe est généré et affiché une fois',
    )
    .requiredOption('--email <e-mail>', 'adresse e-mail du compte')
    .requiredOption('--name <nom>', 'nom affiché de la personne')
    .requiredOption('--organisation <id ou nom>', 'identifiant ou nom exact de l’organisation')
    .addOption(role)
    .option('--password-stdin', 'lit le mot de passe sur la première ligne de l’entrée standard')
    .action(
      runCommand(async (options: CreateOptions) => {
        const password = options.passwordStdin ? await readFirstLine(process.stdin) : undefined;
        const { createAdmin, loadConfig, migrateToLatest, openConfiguredDatabase, roleLabels } =
          await import('@znr/server');
        const database = await openConfiguredDatabase(loadConfig());
        try {
          await migrateToLatest(database.db);
          const created = await createAdmin(database.db, {
            email: options.email,
            name: options.name,
            organisation: options.organisation,
            role: options.role,
            ...(password === undefined ? {} : { password }),
          });
          const where = `${roleLabels[created.role]} dans « ${created.organisation.name} »`;
          if (created.userCreated) {
            console.log(`Compte créé : ${created.email} — ${where}.`);
          } else if (created.membershipCreated) {
            console.log(`Compte existant ${created.email} : rôle ajouté — ${where}.`);
          } else {
            console.log(`Rien à faire : ${created.email} est déjà ${where}.`);
          }
          if (created.generatedPassword !== undefined) {
            console.log(
              `Mot de passe (affiché une seule fois, transmettez-le de façon sûre) : ${created.generatedPassword}`,
            );
          }
        } finally {
          await database.close();
        }
      }),
    );
}
