import fc from 'fast-check';

// Setup file of every Vitest project: each property test runs from one fixed seed, so the suite
// gives the same answer on every run, and a failure names the seed and path to replay it.
// `FC_SEED=aleatoire` draws a new seed (printed) to explore further locally; `FC_SEED=<number>`
// replays one. See CONTRIBUTING.md.

/** The seed of every property test in CI and by default. */
export const FIXED_SEED = 20261207;

function chooseSeed(setting: string | undefined): number {
  if (setting === undefined || setting === '') return FIXED_SEED;
  if (setting === 'aleatoire') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(setting);
  if (!Number.isInteger(seed)) {
    throw new Error(`FC_SEED : « ${setting} » n’est ni un entier ni « aleatoire ».`);
  }
  return seed;
}

const seed = chooseSeed(process.env.FC_SEED);
if (seed !== FIXED_SEED)
  process.stdout.write(`fast-check: seed ${seed} (FC_SEED=${seed} to replay)\n`);
fc.configureGlobal({ seed });
