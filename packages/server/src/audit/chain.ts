import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { deferToCommit, sqlLiteral } from '../db/combined-transaction.ts';
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
 * Appends an entry to the audit chain of the actor's organisation inside the caller's transaction
 * (opened by withActor), so the entry exists if and only if the action commits. That chain alone is
 * locked until the transaction ends: requests of other organisations append meanwhile. One call:
 * `audit_record` (migration 0015) locks the chain, hashes the entry as {@link hashEntry} does and
 * appends it, refusing an entry for another user or organisation than the transaction's.
 */
export async function appendAudit(
  trx: Transaction<Database>,
  actor: Pick<Actor, 'organisationId'> & { userId: string | null },
  event: AuditEvent,
): Promise<void> {
  const statement = `select audit_record(${[
    actor.userId,
    actor.organisationId,
    event.action,
    event.entity,
    event.entityId ?? null,
    event.householdId ?? null,
  ]
    .map(sqlLiteral)
    .join(', ')})`;
  // In a combined transaction the entry goes with the commit (one round trip less); the chain is
  // then locked only for the commit.
  if (!deferToCommit(trx, statement)) await sql.raw(statement).execute(trx);
}

/**
 * Appends an entry for a system job (no user), such as the retention purge running as the database
 * owner, to the chain of the organisation concerned: the transaction then speaks for that
 * organisation (audit_record checks it), until another call or the end of the transaction.
 */
export async function appendSystemAudit(
  trx: Transaction<Database>,
  organisationId: string,
  event: AuditEvent,
): Promise<void> {
  await sql`select set_config('znr.user_id', '', true),
                   set_config('znr.organisation_id', ${organisationId}, true)`.execute(trx);
  await appendAudit(trx, { userId: null, organisationId }, event);
}

/** A break in a chain found by {@link verifyAuditChain}. */
export interface AuditProblem {
  /** The chain: the organisation whose entries it holds ({@link LEGACY_CHAIN} before 0010). */
  chain: string;
  seq: number;
  kind: 'modifiee' | 'supprimee' | 'inseree_ou_supprimee' | 'fin_supprimee' | 'deplacee';
  message: string;
}

/** The chain of the entries written before migration 0010, when all shared one chain. */
export const LEGACY_CHAIN = '00000000-0000-0000-0000-000000000000';

type LogRow = Awaited<ReturnType<typeof readLog>>[number];

function readLog(db: Kysely<Database>) {
  return db.selectFrom('audit_log').selectAll().orderBy('chain').orderBy('seq').execute();
}

/** Checks one chain's entries, in order, against each other and against its recorded head. */
function verifyChain(
  chain: string,
  rows: LogRow[],
  recorded: { seq: number; hash: string } | undefined,
): AuditProblem[] {
  const problems: AuditProblem[] = [];
  const where = chain === LEGACY_CHAIN ? '' : ` (chaîne de l’organisation ${chain})`;
  const report = (seq: number, kind: AuditProblem['kind'], message: string) =>
    problems.push({ chain, seq, kind, message: `${message}${where}` });
  let prevSeq = 0;
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    const seq = Number(row.seq);
    if (seq !== prevSeq + 1) {
      report(
        seq,
        'supprimee',
        `Entrées ${prevSeq + 1} à ${seq - 1} supprimées : la numérotation saute.`,
      );
    } else if (row.prev_hash !== prevHash) {
      report(
        seq,
        'inseree_ou_supprimee',
        `Entrée ${seq} : elle ne suit pas l’entrée précédente (entrée insérée ou supprimée juste avant).`,
      );
    }
    // An organisation's chain holds only its own entries: one moved from another chain shows.
    if (chain !== LEGACY_CHAIN && row.organisation_id !== chain) {
      report(seq, 'deplacee', `Entrée ${seq} : elle appartient à une autre organisation.`);
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
      report(
        seq,
        'modifiee',
        `Entrée ${seq} modifiée : son empreinte ne correspond plus à son contenu.`,
      );
    }
    prevSeq = seq;
    prevHash = row.hash;
  }
  if (recorded !== undefined && (recorded.seq !== prevSeq || recorded.hash !== prevHash)) {
    report(
      recorded.seq,
      'fin_supprimee',
      `La chaîne s’arrête à l’entrée ${prevSeq} alors que la dernière enregistrée est la ${recorded.seq} : des entrées de fin ont été supprimées ou remplacées.`,
    );
  }
  return problems;
}

/**
 * Recomputes every chain (one per organisation, and the legacy one) as the database owner
 * (outside row-level security) and reports each altered entry, each gap (deleted entries), each
 * broken link (an entry inserted or deleted and the rest renumbered), each entry moved to another
 * organisation's chain, and each chain shorter than its recorded head (entries deleted at the end).
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
): Promise<{ entries: number; chains: number; problems: AuditProblem[] }> {
  const rows = await readLog(db);
  const heads = await sql<{ chain: string; seq: string | number; hash: string }>`
    select chain, seq, hash from audit_head`.execute(db);
  const byChain = new Map<string, LogRow[]>();
  for (const row of rows) {
    const list = byChain.get(row.chain) ?? [];
    list.push(row);
    byChain.set(row.chain, list);
  }
  const recorded = new Map(
    heads.rows.map((head) => [head.chain, { seq: Number(head.seq), hash: head.hash }]),
  );
  // A head still at 0 with no entry is an empty chain (the legacy one on a new database).
  const started = [...recorded].filter(([, head]) => head.seq > 0).map(([chain]) => chain);
  const chains = [...new Set([...byChain.keys(), ...started])].sort();
  const problems = chains.flatMap((chain) =>
    verifyChain(chain, byChain.get(chain) ?? [], recorded.get(chain)),
  );
  return { entries: rows.length, chains: chains.length, problems };
}
