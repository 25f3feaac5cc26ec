import type { Command } from 'commander';

// Commander speaks English; these rules put its messages in French. Each rule rewrites one of the
// messages of commander 14 (lib/command.js); an unknown message passes through unchanged.
const errorRules: [RegExp, string][] = [
  [/^error: unknown command '(.*?)'/, 'erreur : commande inconnue « $1 »'],
  [/^error: unknown option '(.*?)'/, 'erreur : option inconnue « $1 »'],
  [/^error: required option '(.*?)' not specified/, 'erreur : l’option obligatoire « $1 » manque'],
  [/^error: option '(.*?)' argument missing/, 'erreur : l’option « $1 » attend une valeur'],
  [/^error: missing required argument '(.*?)'/, 'erreur : l’argument obligatoire « $1 » manque'],
  [/^error: too many arguments(?: for '(.*?)')?\..*/, 'erreur : trop d’arguments'],
  [
    /^error: option '(.*?)' argument '(.*?)' is invalid\. Allowed choices are (.*)\./,
    'erreur : « $2 » n’est pas une valeur permise pour « $1 » ; valeurs possibles : $3.',
  ],
  [
    /^error: option '(.*?)' argument '(.*?)' is invalid\./,
    'erreur : valeur « $2 » invalide pour « $1 »',
  ],
  [/\(Did you mean (.*?)\?\)/, '(vouliez-vous dire $1 ?)'],
  [/^error: /, 'erreur : '],
];

/** The French version of one of commander's error messages. */
export function frenchError(message: string): string {
  return errorRules.reduce(
    (text, [pattern, replacement]) => text.replace(pattern, replacement),
    message,
  );
}

const titles: Record<string, string> = {
  'Usage:': 'Utilisation :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
  'Arguments:': 'Arguments :',
  'Global Options:': 'Options générales :',
};

/**
 * Puts commander's help and errors in French. Call it before adding sub-commands: they inherit
 * these settings when they are created.
 */
export function inFrench(program: Command): Command {
  return program
    .helpOption('-h, --help', 'affiche l’aide de la commande')
    .helpCommand('help [commande]', 'affiche l’aide d’une commande')
    .configureHelp({ styleTitle: (title) => titles[title] ?? title })
    .configureOutput({ outputError: (message, write) => write(frenchError(message)) })
    .showSuggestionAfterError(true);
}
