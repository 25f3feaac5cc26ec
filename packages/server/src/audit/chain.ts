import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../db/with-actor.ts';

/** What an audit entry says happened: an action on an entity, possibly of a household. */
export interface AuditEvent {
  /** A verb: `lecture`, `liste`, `recherche`, `creation`, `modification`, `suppression`, `export`. */
  action: string;
  /** The table or resource concerned (`household`, `person`, `referral`...). */
  entity: string;
  entityId?: string | null;
  householdId?: string | null;
}

/** The fields of an entry that its hash covers. */
export interface AuditEntry {
  seq: number;
  at: Date;
  userId: string | null;
  organisationId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  householdId: string | null;
}

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON of the entry with keys in a fixed order and the date in ISO form, so hashes are stable. */
export function canonicalEntry(entry: AuditEntry): string {
  return JSON.stringify({
    action: entry.action,
    at: entry.at.toISOString(),
    entity: entry.entity,
    entityId: entry.entityId,
    householdId: entry.householdId,
    organisationId: entry.organisationId,
    seq: entry.seq,
    userId: entry.userId,
  });
}

/** sha256(previous hash + canonical JSON of the entry), hexadecimal. */
export function hashEntry(prevHash: string, entry: AuditEntry): string {
  return createHash('sha256')
    .update(prevHash + canonicalEntry(entry))
    .digest('hex');
}

/**
 * Appends an entry to the audit chain inside the caller's transaction (opened by withActor), so the
 * entry exists if and only if the action commits. The chain is locked until the transaction ends.
 */
export async function appendAudit(
  trx: Transaction<Database>,
  actor: Actor,
  event: AuditEvent,
): Promise<void> {
  const head = await sql<{ seq: string | number; hash: string }>`
    select seq, hash from audit_lock_head()`.execute(trx);
  const last = head.rows[0];
  if (last === undefined) throw new Error('audit_head is empty');
  const entry: AuditEntry = {
    seq: Number(last.seq) + 1,
    at: new Date(),
    userId: actor.userId,
    organisationId: actor.organisationId,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId ?? null,
    householdId: event.householdId ?? null,
  };
  const hash = hashEntry(last.hash, entry);
  await sql`select audit_append(${entry.seq}::bigint, ${entry.at}::timestamptz,
    ${entry.userId}::uuid, ${entry.organisationId}::uuid, ${entry.action}::text,
    ${entry.entity}::text, ${entry.entityId}::uuid, ${entry.householdId}::uuid,
    ${last.hash}::text, ${hash}::text)`.execute(trx);
}

/** A break in the chain found by {@link verifyAuditChain}. */
export interface AuditProblem {
  seq: number;
  kind: 'modifiee' | 'supprimee' | 'inseree_ou_supprimee' | 'fin_supprimee';
  message: string;
}

/**
 * Recomputes the whole chain as the database owner (outside row-level security) and reports each
 * altered entry, each gap (deleted entries), each broken link (an entry inserted or deleted and the
 * rest renumbered), and a chain shorter than its recorded head (entries deleted at the end).
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
): Promise<{ entries: number; problems: AuditProblem[] }> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  const head = await sql<{ seq: string | number; hash: string }>`
    select seq, hash from audit_head`.execute(db);
  const problems: AuditProblem[] = [];
  let prevSeq = 0;
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    const seq = Number(row.seq);
    if (seq !== prevSeq + 1) {
      problems.push({
        seq,
        kind: 'supprimee',
        message: `Entrées ${prevSeq + 1} à ${seq - 1} supprimées : la numérotation saute.`,
      });
    } else if (row.prev_hash !== prevHash) {
      problems.push({
        seq,
        kind: 'inseree_ou_supprimee',
        message: `Entrée ${seq} : elle ne suit pas l’entrée précédente (entrée insérée ou supprimée juste avant).`,
      });
    }
    const entry: AuditEntry = {
      seq,
      at: row.at,
      userId: row.user_id,
      organisationId: row.organisation_id,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      householdId: row.household_id,
    };
    if (hashEntry(row.prev_hash, entry) !== row.hash) {
      problems.push({
        seq,
        kind: 'modifiee',
        message: `Entrée ${seq} modifiée : son empreinte ne correspond plus à son contenu.`,
      });
    }
    prevSeq = seq;
    prevHash = row.hash;
  }
  const recorded = head.rows[0];
  if (recorded !== undefined && (Number(recorded.seq) !== prevSeq || recorded.hash !== prevHash)) {
    problems.push({
      seq: Number(recorded.seq),
      kind: 'fin_supprimee',
      message: `La chaîne s’arrête à l’entrée ${prevSeq} alors que la dernière enregistrée est la ${String(recorded.seq)} : des entrées de fin ont été supprimées ou remplacées.`,
    });
  }
  return { entries: rows.length, problems };
}
