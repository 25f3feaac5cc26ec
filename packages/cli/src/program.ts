import { Command } from 'commander';
import { registerAdmin } from './commands/admin.ts';
import { registerAudit } from './commands/audit.ts';
import { registerDemo } from './commands/demo.ts';
import { registerImport } from './commands/import.ts';
import { registerLink } from './commands/link.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerParameters } from './commands/parameters.ts';
import { registerPurge } from './commands/purge.ts';
import { registerReminders } from './commands/reminders.ts';
import { registerSimulate } from './commands/simulate.ts';
import { registerStart } from './commands/start.ts';
import { inFrench } from './french-output.ts';

/** The `znr` command line: each sub-command is a thin layer over a package's public door. */
export function buildProgram(): Command {
  const program = inFrench(new Command('znr')).description('Zéro non-recours — ligne de commande');
  registerStart(program);
  registerMigrate(program);
  registerDemo(program);
  registerAdmin(program);
  registerAudit(program);
  registerPurge(program);
  registerReminders(program);
  registerLink(program);
  registerImport(program);
  registerSimulate(program);
  registerParameters(program);
  return program;
}
