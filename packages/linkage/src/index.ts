// @znr/linkage — normalisation of French identities, pseudonymisation, blocking, scoring and
// clustering. The public door: nothing else of this package is imported from outside.
export {
  normaliseIdentity,
  normaliseSex,
  type NormalisedIdentity,
  type RawIdentity,
  type Sex,
} from './normalise/identity.ts';
export { normaliseName, type NormalisedName } from './normalise/names.ts';
export { normaliseFirstNames, type NormalisedFirstNames } from './normalise/first-names.ts';
export {
  normaliseAddress,
  normaliseCommune,
  normalisePostcode,
  type NormalisedAddress,
  type RawAddress,
} from './normalise/address.ts';
export { normalisePhone, normaliseEmail } from './normalise/phone.ts';
export { parseBirthDate, type BirthDate } from './normalise/dates.ts';
export { foldToAscii } from './normalise/text.ts';
export { frenchPhonetic } from './phonetic.ts';
export { jaroWinkler } from './compare/jaro-winkler.ts';
export { editDistance } from './compare/levenshtein.ts';
export { compareBirthDates, DATE_LEVELS } from './compare/dates.ts';
export { FIELDS, MISSING, type ComparisonField } from './compare/fields.ts';
export { keyedHash } from './encode/hmac.ts';
export { BloomEncoder, dice } from './encode/bloom.ts';
export { IdentityEncoder, encodeIdentity, type EncodedIdentity } from './encode/encoded.ts';
export { expectationMaximisation, countPatterns, type EmResult, type PatternTable } from './em.ts';
export type { LinkageModel, FieldModel, TrainingSession } from './model.ts';
export { assignOneToOne } from './assign.ts';
export { clusterLinks, type RecordRef, type Link, type Cluster } from './cluster.ts';
export { readCsv, parseCsv, detectEncoding, detectSeparator, type CsvOptions } from './csv.ts';
export {
  recogniseColumns,
  normaliseHeader,
  rowToIdentity,
  IDENTITY_HEADERS,
  type ColumnMap,
  type IdentityColumn,
} from './columns.ts';
export { readIdentities, describeColumns, IdentityFileError } from './identity-file.ts';
export {
  link,
  linkNormalised,
  linkEncoded,
  type LinkOptions,
  type LinkResult,
  type LinkedPair,
  type LinkQuality,
  type LinkProgress,
  type LinkStage,
} from './link.ts';
export { seededRandom } from './random.ts';
export {
  syntheticFiles,
  type SyntheticFiles,
  type SyntheticOptions,
} from './synthetic/generate.ts';
