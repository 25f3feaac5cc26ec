import { blockingKeys } from '../block.ts';
import { encodeDate, type EncodedDate, type DateCodes } from './encoded-date.ts';
import type { TermFrequencies } from '../compare/identity.ts';
import type { NormalisedFirstNames } from '../normalise/first-names.ts';
import type { NormalisedIdentity } from '../normalise/identity.ts';
import type { NormalisedName } from '../normalise/names.ts';
import { countFrequencies } from '../frequencies.ts';
import { BloomEncoder } from './bloom.ts';
import { checkKey, keyedHash } from './hmac.ts';

/** A surname as codes: keyed hashes for equality, a Bloom filter (CLK) for similarity. */
export interface EncodedName {
  readonly exact: string;
  readonly phonetic: string;
  readonly cores: readonly string[];
  readonly bloom: Uint32Array;
}

/** Given names as codes; initials-only values keep only their initial's code. */
export interface EncodedFirstNames {
  readonly compact: string;
  readonly compactBloom: Uint32Array;
  /** Code of each given name of two letters or more. */
  readonly tokens: readonly string[];
  readonly phonetics: readonly string[];
  readonly blooms: readonly Uint32Array[];
  /** Code of the first letter of each given name. */
  readonly initials: readonly string[];
  readonly initialsOnly: boolean;
}

/** An address as codes. */
export interface EncodedAddress {
  readonly postcode: string;
  readonly commune: string;
  readonly street: string;
  readonly streetBloom: Uint32Array;
  readonly number: string;
  readonly apartment: string;
}

/**
 * A person with no attribute in clear: what a partner can hand over under a data-sharing agreement.
 * Only the record id, whether the date of birth is a conventional one (1 January, 31 December) and
 * the number of given names remain readable.
 */
export interface EncodedIdentity {
  readonly id: string;
  readonly names: readonly EncodedName[];
  readonly firstNames: EncodedFirstNames | undefined;
  readonly swapped: {
    readonly names: readonly EncodedName[];
    readonly firstNames: EncodedFirstNames | undefined;
  };
  readonly sex: string;
  readonly birthDate: EncodedDate | undefined;
  readonly address: EncodedAddress | undefined;
  readonly phone: string;
  readonly email: string;
  readonly emailLetters: string;
  /** Keyed hashes of the blocking keys, so blocking too runs on codes. */
  readonly blocks: readonly string[];
}

/**
 * Encodes identities under one key (HMAC-SHA-256 and CLK Bloom filters). Reuse one encoder for a
 * whole file: it caches the codes of repeated values (common names, communes).
 */
export class IdentityEncoder {
  private readonly bloom: BloomEncoder;
  private readonly hashes = new Map<string, string>();
  private readonly dateCodes: DateCodes;

  constructor(private readonly key: string | Uint8Array) {
    checkKey(key);
    this.bloom = new BloomEncoder(key);
    this.dateCodes = { hash: (value) => this.hash('date', value), key };
  }

  /** Encodes one normalised identity. */
  encode(identity: NormalisedIdentity): EncodedIdentity {
    const address = identity.address;
    const at = identity.email?.indexOf('@') ?? -1;
    const letters = identity.email?.slice(0, at).replace(/[^a-z]/g, '') ?? '';
    return {
      id: identity.id,
      names: identity.names.map((name) => this.name(name)),
      firstNames: identity.firstNames && this.firstNames(identity.firstNames),
      swapped: {
        names: identity.swapped.names.map((name) => this.name(name)),
        firstNames: identity.swapped.firstNames && this.firstNames(identity.swapped.firstNames),
      },
      sex: identity.sex === '' ? '' : this.hash('sexe', identity.sex),
      birthDate: identity.birthDate && encodeDate(identity.birthDate, this.dateCodes),
      address: address && {
        postcode: address.postcode && this.hash('cp', address.postcode),
        commune: address.commune && this.hash('commune', address.commune),
        street: address.street && this.hash('voie', address.street),
        streetBloom: this.bloom.encode('voie', address.street),
        number: address.number && this.hash('numero', String(parseInt(address.number, 10))),
        apartment: address.apartment && this.hash('logement', address.apartment),
      },
      phone: identity.phone ? this.hash('tel', identity.phone) : '',
      email: identity.email ? this.hash('courriel', identity.email) : '',
      emailLetters: letters.length >= 4 ? this.hash('courriel-lettres', letters) : '',
      blocks: blockingKeys(identity).map((key) => this.hash('bloc', key)),
    };
  }

  private hash(field: string, value: string): string {
    const input = `${field}\u0000${value}`;
    let code = this.hashes.get(input);
    if (code === undefined) {
      code = keyedHash(this.key, input);
      if (this.hashes.size > 1_000_000) this.hashes.clear();
      this.hashes.set(input, code);
    }
    return code;
  }

  private name(name: NormalisedName): EncodedName {
    return {
      exact: this.hash('nom', name.compact),
      phonetic: name.phonetic.length >= 2 ? this.hash('nom-son', name.phonetic) : '',
      cores: name.cores.filter((core) => core.length >= 3).map((core) => this.hash('nom', core)),
      bloom: this.bloom.encode('nom', name.compact),
    };
  }

  private firstNames(names: NormalisedFirstNames): EncodedFirstNames {
    const long = names.tokens
      .map((token, i) => ({ token, sound: names.phonetics[i] ?? '' }))
      .filter((t) => t.token.length >= 2);
    return {
      compact: this.hash('prenom', names.compact),
      compactBloom: this.bloom.encode('prenom', names.compact),
      tokens: long.map(({ token }) => this.hash('prenom', token)),
      phonetics: long.map(({ sound }) => (sound === '' ? '' : this.hash('prenom-son', sound))),
      blooms: long.map(({ token }) => this.bloom.encode('prenom', token)),
      initials: names.tokens.map((token) => this.hash('initiale', token.slice(0, 1))),
      initialsOnly: names.initialsOnly,
    };
  }
}

/** Encodes one identity under `key`; for many records, build one `IdentityEncoder` instead. */
export function encodeIdentity(
  identity: NormalisedIdentity,
  key: string | Uint8Array,
): EncodedIdentity {
  return new IdentityEncoder(key).encode(identity);
}

/** Blocking keys of an encoded identity (computed and hashed at encoding time). */
export function encodedBlockingKeys(identity: EncodedIdentity): string[] {
  return identity.blocks as string[];
}

/** Frequencies of surname and given-name codes, as for clear values. */
export function frequencies(files: ReadonlyArray<readonly EncodedIdentity[]>): TermFrequencies {
  return countFrequencies(
    files,
    (person) => person.names.map((name) => name.exact),
    (person) => person.firstNames?.tokens ?? [],
  );
}
