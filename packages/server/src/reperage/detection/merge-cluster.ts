import { isKnown, numberOf, receivedOf, type Attributes } from './attributes.ts';

/** One partner record of a linkage cluster, as detection sees it (pseudonymous). */
export interface ClusterMember {
  recordId: string;
  /** Label of the source (« Bailleur Est Métropole », « CAF »). */
  partner: string;
  /** When its import was made: a more recent file wins a tie. */
  importedAt: Date;
  /** Link score of the record in its cluster (1 for a record alone). */
  score: number;
  attributes: Attributes;
}

/** One person (cluster) seen through every source that holds them. */
export interface MergedRecord {
  clusterId: number;
  recordIds: string[];
  partners: string[];
  /** Confidence of the link: the lowest score of the members (1 for a single record). */
  confidence: number;
  attributes: Attributes;
  /** The partner each attribute was taken from. */
  origin: Record<string, string>;
}

/**
 * Benefits received: one source that sees the benefit paid is enough (the payer knows, the others
 * may be late), so "received" wins over "not received" — a false "not received" would send an
 * ambassador to someone who already has the right.
 */
export const RECEIVED_FIELDS = [
  'aide_logement_percue',
  'prime_activite_percue',
  'rsa_percu',
  'aspa_percue',
  'aah_percue',
  'css',
  'cheque_energie_percu',
] as const;

/** Debts: the creditor's figure is the highest one; take the maximum that any source reports. */
export const DEBT_FIELDS = ['dette_loyer', 'mois_impayes'] as const;

const received = new Set<string>(RECEIVED_FIELDS);
const debts = new Set<string>(DEBT_FIELDS);

/**
 * Merges the attributes of a cluster's members with a documented precedence when sources disagree:
 * benefits received — received anywhere wins (the largest amount); debts — the maximum; every
 * other field — the member with the best link score, then the most recent import, then the
 * smallest record id (so the result never depends on the order of the rows).
 */
export function mergeCluster(clusterId: number, members: ClusterMember[]): MergedRecord {
  const ordered = [...members].sort(
    (a, b) =>
      b.score - a.score ||
      b.importedAt.getTime() - a.importedAt.getTime() ||
      (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0),
  );
  const attributes: Attributes = {};
  const origin: Record<string, string> = {};
  for (const member of ordered) {
    for (const [field, value] of Object.entries(member.attributes)) {
      if (!isKnown(value)) continue;
      if (!(field in attributes) || replaces(field, attributes[field], value)) {
        attributes[field] = value;
        origin[field] = member.partner;
      }
    }
  }
  return {
    clusterId,
    recordIds: ordered.map((m) => m.recordId),
    partners: [...new Set(ordered.map((m) => m.partner))],
    confidence: members.length <= 1 ? 1 : Math.min(...members.map((m) => m.score)),
    attributes,
    origin,
  };
}

/** Whether `next` (from a member of lower precedence) replaces the value already kept. */
function replaces(field: string, kept: unknown, next: unknown): boolean {
  if (received.has(field)) {
    const a = receivedOf(kept);
    const b = receivedOf(next);
    if (b === true && a !== true) return true;
    return a === true && b === true && (numberOf(next) ?? 0) > (numberOf(kept) ?? 0);
  }
  if (debts.has(field)) return (numberOf(next) ?? 0) > (numberOf(kept) ?? 0);
  return false;
}
