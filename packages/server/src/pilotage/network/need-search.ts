import { foldToAscii } from '@znr/linkage';
import { thematiqueLabels } from './referentials.ts';

// "Qui appeler pour un problème de CAF ?": the directory is searched by need. Words are folded to
// lower-case ASCII (accents and case do not matter), the words of the question that say nothing of
// the need are dropped, and a few words of the field widen to what the directory writes instead
// (a "problème de CAF" is about RSA, APL, prime d'activité…). Computed in TypeScript so that the
// same search runs on PGlite and PostgreSQL without the unaccent extension.

const ignored = new Set(
  (
    'qui que quoi ou appeler contacter joindre pour un une des de du la le les l d en et a au aux ' +
    'sur avec mon ma mes son sa ses leur leurs probleme problemes souci soucis difficulte ' +
    'difficultes question questions besoin besoins personne personnes je il elle on faire'
  ).split(' '),
);

const widened: Record<string, string[]> = {
  caf: ['caf', 'allocation', 'rsa', 'apl', 'prime', 'prestation'],
  cpam: ['cpam', 'assurance', 'maladie', 'css', 'soin', 'sante'],
  sante: ['sante', 'soin', 'cpam', 'css', 'mutuelle', 'medecin'],
  energie: ['energie', 'electricite', 'gaz', 'chauffage', 'facture', 'impaye'],
  electricite: ['electricite', 'energie', 'facture'],
  logement: ['logement', 'loyer', 'hebergement', 'expulsion', 'apl', 'bailleur', 'impaye'],
  loyer: ['loyer', 'logement', 'impaye', 'expulsion'],
  dette: ['dette', 'endettement', 'surendettement', 'budget', 'impaye'],
  dettes: ['dette', 'endettement', 'surendettement', 'budget', 'impaye'],
  budget: ['budget', 'dette', 'endettement', 'surendettement'],
  retraite: ['retraite', 'carsat', 'aspa', 'senior'],
  handicap: ['handicap', 'mdph', 'aah', 'invalidite'],
  numerique: ['numerique', 'internet', 'ordinateur', 'en ligne', 'dematerialis'],
  internet: ['internet', 'numerique', 'en ligne'],
  papiers: ['papiers', 'titre de sejour', 'prefecture', 'administrati', 'demarche'],
  emploi: ['emploi', 'travail', 'france travail', 'insertion', 'chomage'],
  alimentation: ['alimentation', 'alimentaire', 'colis', 'epicerie', 'repas'],
};

/** The words of a text, folded to lower-case ASCII. */
export function foldedWords(value: string): string[] {
  return foldToAscii(value)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/**
 * The search column of a directory entry: its folded words between spaces, so that `like
 * '% mot%'` finds a word by its beginning. Thématiques count by their French label.
 */
export function directorySearchKey(parts: {
  texts: (string | null | undefined)[];
  thematiques?: readonly string[];
  reseaux?: readonly string[];
}): string {
  const labels = (parts.thematiques ?? []).map((slug) => thematiqueLabels[slug] ?? slug);
  const words = foldedWords(
    [...parts.texts, ...labels, ...(parts.reseaux ?? [])].filter(Boolean).join(' '),
  );
  return ` ${[...new Set(words)].join(' ')} `;
}

/**
 * The need a question expresses, as groups of alternatives: an entry matches when, for every
 * group, one alternative starts one of its words. Empty when the question says nothing usable.
 */
export function needTerms(question: string): string[][] {
  return foldedWords(question)
    .filter((word) => !ignored.has(word))
    .map((word) => widened[word] ?? [word]);
}
