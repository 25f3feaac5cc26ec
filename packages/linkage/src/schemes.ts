import { blockingKeys } from './block.ts';
import {
  compareIdentities,
  type ComparisonOutput,
  type TermFrequencies,
} from './compare/identity.ts';
import { compareEncoded } from './encode/compare-encoded.ts';
import {
  frequencies as encodedFrequencies,
  encodedBlockingKeys,
  type EncodedIdentity,
} from './encode/encoded.ts';
import { termFrequencies } from './frequencies.ts';
import type { NormalisedIdentity } from './normalise/identity.ts';

/** How records of one kind are blocked and compared: clear identities or their encodings. */
export interface ComparisonScheme<T> {
  readonly kind: SchemeKind;
  readonly blockingKeys: (record: T) => string[];
  readonly compare: (
    a: T,
    b: T,
    index: number,
    out: ComparisonOutput,
    frequencies: TermFrequencies,
  ) => void;
  readonly frequencies: (files: ReadonlyArray<readonly T[]>) => TermFrequencies;
}

export type SchemeKind = 'clear' | 'encoded';

/** Linkage on normalised identities in clear. */
export const clearScheme: ComparisonScheme<NormalisedIdentity> = {
  kind: 'clear',
  blockingKeys,
  compare: compareIdentities,
  frequencies: termFrequencies,
};

/** Linkage on keyed-hash and Bloom-filter encodings alone: no name, date or address in clear. */
export const encodedScheme: ComparisonScheme<EncodedIdentity> = {
  kind: 'encoded',
  blockingKeys: encodedBlockingKeys,
  compare: compareEncoded,
  frequencies: encodedFrequencies,
};

/** The scheme of a kind, for worker threads that receive only its name. */
export function schemeOf(kind: SchemeKind): ComparisonScheme<unknown> {
  return (kind === 'clear' ? clearScheme : encodedScheme) as ComparisonScheme<unknown>;
}
