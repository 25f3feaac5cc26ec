// The readability measure lives in the engine, which checks its own sentences with it.
export { frenchSyllables, kandelMoles, sentenceCount, words } from '@znr/rules';
