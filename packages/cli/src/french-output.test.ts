import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { inFrench } from './french-output.ts';

function failure(build: (program: Command) => void, args: string[]): string {
  let written = '';
  const program = inFrench(new Command('znr'))
    .exitOverride()
    .configureOutput({ writeErr: (text) => (written += text) });
  build(program);
  expect(() => program.parse(['node', 'znr', ...args])).toThrow();
  return written.trim();
}

const commands = (program: Command) => {
  program
    .command('admin')
    .requiredOption('--email <e-mail>', 'adresse')
    .option('--role <rôle>', 'rôle')
    .action(() => undefined);
  program.command('start').action(() => undefined);
};

describe('the command line in French', () => {
  it('names an unknown command and suggests the closest one', () => {
    expect(failure(commands, ['strat'])).toBe(
      'erreur : commande inconnue « strat »\n(vouliez-vous dire start ?)',
    );
  });

  it('names a missing required option', () => {
    expect(failure(commands, ['admin'])).toBe(
      'erreur : l’option obligatoire « --email <e-mail> » manque',
    );
  });

  it('names an unknown option and an option without its value', () => {
    expect(failure(commands, ['admin', '--email', 'a@b.fr', '--couleur'])).toBe(
      'erreur : option inconnue « --couleur »',
    );
    expect(failure(commands, ['admin', '--email'])).toBe(
      'erreur : l’option « --email <e-mail> » attend une valeur',
    );
  });

  it('writes the help with French titles', () => {
    const program = inFrench(new Command('znr'));
    commands(program);
    const help = program.helpInformation();
    expect(help).toContain('Utilisation : znr [options] [command]');
    expect(help).toContain('Commandes :');
    expect(help).toMatch(/-h, --help +affiche l’aide de la commande/);
    expect(help).toMatch(/help \[commande\] +affiche l’aide d’une commande/);
  });
});
