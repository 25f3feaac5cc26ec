import { benefitName } from '@znr/rules';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActorReading, type Actor } from '../../db/with-actor.ts';
import { rightStageLabels } from '../vocabulary.ts';

/** One event of a household's life in the case file, in French. */
export interface TimelineEvent {
  at: Date;
  /** `menage`, `consentement`, `bilan`, `droit`, `orientation`, `tache`, `cloture`. */
  kind: string;
  /** What happened, as the professional reads it. */
  label: string;
  /** The organisation that acted, when known. */
  organisationName: string | null;
  /** The row the event is about. */
  entityId: string;
}

const scopeLabels: Record<string, string> = {
  bilan: 'enregistrer ses bilans',
  partage: 'partager son dossier',
  recontact: 'être recontactée',
};

// Every list holds only what row-level security lets the actor's organisation see: a partner sees
// the events of the parts its referral shares, never the tasks of another organisation.
async function collect(
  trx: Transaction<Database>,
  id: string,
): Promise<TimelineEvent[] | undefined> {
  const household = await trx
    .selectFrom('household')
    .select(['id', 'organisation_id', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (household === undefined) return undefined;
  const names = new Map(
    (await trx.selectFrom('organisation').select(['id', 'name']).execute()).map((o) => [
      o.id,
      o.name,
    ]),
  );
  const nameOf = (org: string | null) => (org === null ? null : (names.get(org) ?? null));
  const events: TimelineEvent[] = [
    {
      at: household.created_at,
      kind: 'menage',
      label: 'Ouverture du dossier',
      organisationName: nameOf(household.organisation_id),
      entityId: household.id,
    },
  ];

  const consents = await trx
    .selectFrom('consent')
    .select(['id', 'scope', 'method', 'partner_organisation_id', 'organisation_id'])
    .select(['recorded_at', 'withdrawn_at'])
    .where('household_id', '=', id)
    .execute();
  for (const c of consents) {
    const partner =
      c.partner_organisation_id === null
        ? ''
        : ` avec ${nameOf(c.partner_organisation_id) ?? 'un partenaire'}`;
    const what = `${scopeLabels[c.scope] ?? c.scope}${partner}`;
    events.push({
      at: c.recorded_at,
      kind: 'consentement',
      label: `Consentement (${c.method === 'oral' ? 'oral' : 'écrit'}) pour ${what}`,
      organisationName: nameOf(c.organisation_id),
      entityId: c.id,
    });
    if (c.withdrawn_at !== null) {
      events.push({
        at: c.withdrawn_at,
        kind: 'consentement',
        label: `Retrait du consentement pour ${what}`,
        organisationName: nameOf(c.organisation_id),
        entityId: c.id,
      });
    }
  }

  const bilans = await trx
    .selectFrom('bilan')
    .select(['id', 'period', 'organisation_id', 'created_at'])
    .where('household_id', '=', id)
    .execute();
  for (const b of bilans) {
    events.push({
      at: b.created_at,
      kind: 'bilan',
      label: `Bilan de droits enregistré (mois de ${b.period.split('-').reverse().join('/')})`,
      organisationName: nameOf(b.organisation_id),
      entityId: b.id,
    });
  }

  const stages = await trx
    .selectFrom('right_stage_history as s')
    .innerJoin('right_follow_up as r', 'r.id', 's.right_id')
    .select(['s.id', 's.stage', 's.changed_at', 's.changed_by_organisation_id', 'r.benefit'])
    .where('s.household_id', '=', id)
    .execute();
  for (const s of stages) {
    events.push({
      at: s.changed_at,
      kind: 'droit',
      label: `${benefitName(s.benefit, 'short')} : ${rightStageLabels[s.stage] ?? s.stage}`,
      organisationName: nameOf(s.changed_by_organisation_id),
      entityId: s.id,
    });
  }

  const referrals = await trx
    .selectFrom('referral')
    .selectAll()
    .where('household_id', '=', id)
    .execute();
  for (const r of referrals) {
    const to = nameOf(r.to_organisation_id) ?? 'un partenaire';
    events.push({
      at: r.created_at,
      kind: 'orientation',
      label: `Orientation envoyée à ${to} : ${r.purpose}`,
      organisationName: nameOf(r.from_organisation_id),
      entityId: r.id,
    });
    if (r.answered_at !== null && r.status !== 'envoyee') {
      const refused = r.refusal_reason !== null;
      events.push({
        at: r.answered_at,
        kind: 'orientation',
        label: refused
          ? `Orientation refusée par ${to} : ${r.refusal_reason}`
          : `Orientation acceptée par ${to}`,
        organisationName: nameOf(r.to_organisation_id),
        entityId: r.id,
      });
    }
    if (r.closed_at !== null) {
      events.push({
        at: r.closed_at,
        kind: 'orientation',
        label: `Orientation clôturée${r.outcome === null ? '' : ` : ${r.outcome}`}`,
        organisationName: nameOf(r.to_organisation_id),
        entityId: r.id,
      });
    }
  }

  const tasks = await trx
    .selectFrom('task')
    .select(['id', 'title', 'organisation_id', 'outcome', 'created_at', 'closed_at'])
    .where('household_id', '=', id)
    .execute();
  for (const t of tasks) {
    events.push({
      at: t.created_at,
      kind: 'tache',
      label: `Tâche créée : ${t.title}`,
      organisationName: nameOf(t.organisation_id),
      entityId: t.id,
    });
    if (t.closed_at !== null) {
      events.push({
        at: t.closed_at,
        kind: 'tache',
        label: `Tâche faite : ${t.title}${t.outcome === null ? '' : ` (${t.outcome})`}`,
        organisationName: nameOf(t.organisation_id),
        entityId: t.id,
      });
    }
  }
  const closings = await trx
    .selectFrom('follow_up_event')
    .select(['id', 'kind', 'outcome', 'at', 'organisation_id'])
    .where('household_id', '=', id)
    .execute();
  for (const c of closings) {
    events.push({
      at: c.at,
      kind: 'cloture',
      label:
        c.kind === 'reouverture'
          ? 'Suivi rouvert'
          : `Suivi clôturé${c.outcome ? ` : ${c.outcome}` : ''}`,
      organisationName: nameOf(c.organisation_id),
      entityId: c.id,
    });
  }
  // Oldest first; at the same instant, in the order above (a creation before what follows it).
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.at.getTime() - b.event.at.getTime() || a.index - b.index)
    .map(({ event }) => event);
}

/**
 * The household's timeline, oldest first: opening, consents and withdrawals, bilans, each stage of
 * each right, referrals with their answers and closing, tasks, and each closing and reopening of the follow-up. Undefined when the actor's
 * organisation may not see the household. Audited as a read.
 */
export function readHouseholdTimeline(
  db: Kysely<Database>,
  actor: Actor,
  householdId: string,
): Promise<TimelineEvent[] | undefined> {
  return withActorReading(db, actor, async (trx) => {
    const events = await collect(trx, householdId);
    if (events !== undefined) {
      await appendAudit(trx, actor, {
        action: 'lecture',
        entity: 'timeline',
        entityId: householdId,
        householdId,
      });
    }
    return events;
  });
}
