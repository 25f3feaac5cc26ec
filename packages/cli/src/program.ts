import { Command } from 'commander';
import { registerLink } from './commands/link.ts';
import { registerSimulate } from './commands/simulate.ts';

/** The `znr` command line: each sub-command is a thin layer over a package's public door. */
export function buildProgram(): Command {
  const program = new Command('znr').description('Zéro non-recours — ligne de commande');
  registerLink(program);
  registerSimulate(program);
  return program;
}
