import { Option, type Command } from 'commander';
import {
  createAdmin,
  loadConfig,
  migrateToLatest,
  openConfiguredDatabase,
  roleLabels,
  roles,
  type Role,
} from '@znr/server';
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

/** `znr admin create`: create an account (or add a role to one) without any prompt. */
export function registerAdmin(program: Command): void {
  const admin = program.command('admin').description('Administration des comptes');
  admin
    .command('create')
    .description(
      'Crée un compte dans une organisation (ou lui ajoute ce rôle) ; sans --password-stdin, un mot de passe est généré et affiché une fois',
    )
    .requiredOption('--email <e-mail>', 'adresse e-mail du compte')
    .requiredOption('--name <nom>', 'nom affiché de la personne')
    .requiredOption('--organisation <id ou nom>', 'identifiant ou nom exact de l’organisation')
    .addOption(
      new Option('--role <rôle>', 'rôle dans l’organisation').choices(roles).default('admin'),
    )
    .option('--password-stdin', 'lit le mot de passe sur la première ligne de l’entrée standard')
    .action(
      runCommand(async (options: CreateOptions) => {
        const password = options.passwordStdin ? await readFirstLine(process.stdin) : undefined;
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
