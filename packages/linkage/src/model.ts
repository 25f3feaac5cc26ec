import { FIELD, FIELDS, MISSING } from './compare/fields.ts';
import {
  countPatterns,
  expectationMaximisation,
  normalise,
  type LevelProbabilities,
} from './em.ts';

const FIELD_COUNT = FIELDS.length;

/** One field of the fitted Fellegi-Sunter model, for reports and scoring. */
export interface FieldModel {
  readonly name: string;
  readonly label: string;
  readonly levels: readonly string[];
  /** P(level | match), estimated by EM. */
  readonly m: readonly number[];
  /** P(level | non-match), measured on random pairs. */
  readonly u: readonly number[];
  /** log2(m / u): the evidence each level brings, in bits. */
  readonly weights: readonly number[];
}

/** An EM run on the pairs of one training block, where the blocked fields are left out. */
export interface TrainingSession {
  readonly name: string;
  readonly pairs: number;
  readonly lambda: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/** The fitted model: per-field weights, the prior, and how they were obtained. */
export interface LinkageModel {
  readonly fields: readonly FieldModel[];
  /** Estimated number of true matches between the two files. */
  readonly estimatedMatches: number;
  /** log2 of the prior odds that a random (left, right) pair is a match. */
  readonly priorWeight: number;
  /** Pairs with the same surname at the same door, and the joint weight that replaces theirs. */
  readonly household: { readonly pairs: number; readonly weight: number };
  readonly sessions: readonly TrainingSession[];
  readonly randomPairs: number;
}

/** Comparison vectors of the candidate pairs and of a random sample of all pairs. */
export interface TrainingInput {
  readonly levels: Uint8Array;
  readonly pairCount: number;
  readonly randomLevels: Uint8Array;
  readonly randomCount: number;
  readonly leftCount: number;
  readonly rightCount: number;
}

/**
 * Fits the Fellegi-Sunter model without labelled data, as Splink does:
 * `u` from random pairs (almost all non-matches); `m` by EM in two sessions, each on a block where
 * some fields are equal by construction and therefore left out: pairs with the same date of birth
 * (teaches names, sex, address, contact) and pairs with the same surname and first name (teaches
 * the date of birth). The number of matches, hence the prior, comes from the
 * first session's share of matches divided by how often matches agree exactly on the date of birth.
 */
export function trainModel(input: TrainingInput): LinkageModel {
  const u = FIELDS.map((_, k) => levelDistribution(input.randomLevels, input.randomCount, k));
  const start: LevelProbabilities[] = FIELDS.map((field, k) => ({
    m: normalise(field.levels.map((__, level) => 0.25 ** level)),
    u: u[k] ?? [],
  }));
  const at = (pair: number, field: number): number =>
    input.levels[pair * FIELD_COUNT + field] ?? MISSING;
  const sameBirth = countPatterns(
    input.levels,
    input.pairCount,
    FIELD_COUNT,
    (p) => at(p, FIELD.birthDate) === 0,
  );
  const sameName = countPatterns(
    input.levels,
    input.pairCount,
    FIELD_COUNT,
    (p) => at(p, FIELD.surname) === 0 && at(p, FIELD.firstName) === 0,
  );
  // Files without (enough) dates of birth: one EM session over all candidate pairs instead.
  const birthBlock = total(sameBirth) >= MIN_SESSION_PAIRS;
  const first = birthBlock ? sameBirth : countPatterns(input.levels, input.pairCount, FIELD_COUNT);
  const byBirth = expectationMaximisation(first, {
    start,
    lambda: 0.1,
    free: FIELDS.map((_, k) => !birthBlock || k !== FIELD.birthDate),
  });
  // Pairs with the same names include relatives living together (a father and his son of the same
  // first name): left free, EM would take "same address" for a match. So the second session
  // keeps the `m` the first one learnt for the other fields and estimates only the date's `m`.
  const byName = expectationMaximisation(sameName, {
    start: byBirth.fields.map((field, k) => ({ m: field.m, u: start[k]?.u ?? field.u })),
    lambda: 0.1,
    free: FIELDS.map((_, k) => k !== FIELD.surname && k !== FIELD.firstName),
    fixedM: FIELDS.map((_, k) => k !== FIELD.birthDate),
  });
  const fields = FIELDS.map((field, k): FieldModel => {
    const fromNames = birthBlock && k === FIELD.birthDate;
    const session = fromNames ? byName : byBirth;
    const m = smoothed(
      session.fields[k]?.m ?? [],
      session.lambda * total(fromNames ? sameName : first),
    );
    const uk = u[k] ?? [];
    return {
      ...field,
      m,
      u: uk,
      weights: m.map((value, level) => Math.log2(value / (uk[level] ?? 1))),
    };
  });
  const exactBirth = birthBlock ? (fields[FIELD.birthDate]?.m[0] ?? 1) : 1;
  const pairsInSession = total(first);
  const cartesian = input.leftCount * input.rightCount;
  const estimatedMatches = Math.max(
    1,
    Math.min(
      Math.min(input.leftCount, input.rightCount),
      (byBirth.lambda * pairsInSession) / exactBirth,
    ),
  );
  const prior = estimatedMatches / cartesian;
  const household = householdWeight(input, fields, estimatedMatches);
  return {
    fields,
    estimatedMatches,
    priorWeight: Math.log2(prior / (1 - prior)),
    household,
    sessions: [
      {
        name: birthBlock ? 'même date de naissance' : 'toutes les paires candidates',
        pairs: pairsInSession,
        ...summary(byBirth),
      },
      {
        name: 'même nom et même prénom',
        pairs: total(sameName),
        ...summary(byName),
      },
    ],
    randomPairs: input.randomCount,
  };
}

/**
 * Relatives share a surname and a door far more often than two strangers would by chance: the
 * surname and address fields are not independent among non-matches, and adding their weights
 * would count one piece of evidence twice. The joint agreement is measured instead: every pair
 * with the same surname at the same door is a candidate (blocking key `h`), so counting them and
 * removing the expected matches gives how often non-matches share both, over all pairs.
 */
function householdWeight(input: TrainingInput, fields: readonly FieldModel[], matches: number) {
  let pairs = 0;
  for (let p = 0; p < input.pairCount; p++) {
    if (
      input.levels[p * FIELD_COUNT + FIELD.surname] === 0 &&
      input.levels[p * FIELD_COUNT + FIELD.address] === 0
    )
      pairs++;
  }
  const surname = fields[FIELD.surname];
  const address = fields[FIELD.address];
  const m = (surname?.m[0] ?? 0) * (address?.m[0] ?? 0);
  const u = Math.max(1, pairs - matches * m) / (input.leftCount * input.rightCount);
  const independent = (surname?.weights[0] ?? 0) + (address?.weights[0] ?? 0);
  return { pairs, weight: Math.min(independent, Math.log2(m / u)) };
}

/**
 * Adds half a match to every level (Jeffreys prior) over the `matches` EM saw: a level that no
 * match showed in training weighs strongly against, but not infinitely, so one unusual error does
 * not veto a pair that agrees on everything else.
 */
function smoothed(m: readonly number[], matches: number): number[] {
  const total = Math.max(1, matches);
  return m.map((value) => (value * total + 0.5) / (total + 0.5 * m.length));
}

/** Below this many pairs, a training block says too little: the model falls back on all pairs. */
const MIN_SESSION_PAIRS = 100;

function total(table: { readonly counts: Float64Array }): number {
  return table.counts.reduce((sum, count) => sum + count, 0);
}

function summary(result: { lambda: number; iterations: number; converged: boolean }) {
  return { lambda: result.lambda, iterations: result.iterations, converged: result.converged };
}

/** Distribution of the levels of field `k` among pairs where it is not missing (add-one smoothed). */
function levelDistribution(levels: Uint8Array, pairCount: number, k: number): number[] {
  const counts = (FIELDS[k]?.levels ?? []).map(() => 1);
  for (let pair = 0; pair < pairCount; pair++) {
    const level = levels[pair * FIELD_COUNT + k] ?? MISSING;
    if (level !== MISSING) counts[level] = (counts[level] ?? 0) + 1;
  }
  return normalise(counts);
}

/**
 * Match weight of one pair in bits: prior plus the weight of each field's level. An exact surname
 * or first name weighs by how rare the shared value is (term-frequency adjustment): sharing
 * `DIALLO` says less than sharing `BOUSEDDIKOU`.
 */
export function pairWeight(
  model: LinkageModel,
  levels: Uint8Array,
  pair: number,
  surnameFrequency: number,
  firstNameFrequency: number,
): number {
  let weight = model.priorWeight;
  const at = pair * FIELD_COUNT;
  const household = levels[at + FIELD.surname] === 0 && levels[at + FIELD.address] === 0;
  if (household) weight += model.household.weight;
  for (let k = 0; k < FIELD_COUNT; k++) {
    const level = levels[at + k] ?? MISSING;
    if (level === MISSING) continue;
    // Within a household, surname, door and apartment are one piece of evidence, counted above.
    if (
      household &&
      (k === FIELD.surname || k === FIELD.address || (k === FIELD.apartment && level === 0))
    )
      continue;
    const field = model.fields[k];
    if (!field) continue;
    const frequency =
      k === FIELD.surname && level === 0
        ? surnameFrequency
        : k === FIELD.firstName && level <= 1
          ? firstNameFrequency
          : 0;
    weight +=
      frequency > 0 ? Math.log2((field.m[level] ?? 0) / frequency) : (field.weights[level] ?? 0);
  }
  return weight;
}

/** Match probability from a weight in bits. */
export function probability(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}
