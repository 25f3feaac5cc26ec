import type { Kysely } from 'kysely';
import {
  ENGINE_VERSION,
  PARAMETERS_VERSION,
  simulate,
  SituationError,
  type OpenFiscaSituation,
} from '@znr/rules';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { householdComposition, situationComposition, type Composition } from '../composition.ts';
import { savedBenefits } from '../saved-benefits.ts';
import { shiftSituation } from '../shift-situation.ts';
import { DomainError } from '../../http/domain-error.ts';
import { saveBilan } from './save-bilan.ts';

/** One benefit before and after the re-run; amounts for the benefit's own period. */
export interface BenefitChange {
  id: string;
  label: string;
  periodicity: string;
  before: { eligible: boolean; amount: number } | null;
  after: { eligible: boolean; amount: number };
  /** after − before, in euros (a benefit not granted counts 0). */
  difference: number;
}

/** What "re-run with today's law" found. */
export interface BilanRerun {
  bilanId: string;
  householdId: string;
  before: { period: string; engineVersion: string; parametersVersion: string; createdAt: Date };
  after: { period: string; engineVersion: string; parametersVersion: string };
  benefits: BenefitChange[];
  /**
   * The famille the bilan computed and the one the case file holds today: when they differ, the
   * re-run still uses the bilan's (a new bilan is needed for the new composition).
   */
  composition: { bilan: Composition; household: Composition; changed: boolean };
  /** For saving: the answers kept, the situation moved to the new month, the new results. */
  saved: { answers: unknown; situation: OpenFiscaSituation; results: unknown };
}

const cents = (value: number) => Math.round(value * 100) / 100;

/** The current month, `AAAA-MM`. */
export function currentMonth(now = new Date()): string {
  return now.toISOString().slice(0, 7);
}

function rerun(
  household: Composition,
  bilan: {
    id: string;
    household_id: string;
    period: string;
    engine_version: string;
    parameters_version: string;
    situation: unknown;
    results: unknown;
    created_at: Date;
  },
  period: string,
): BilanRerun {
  const stored = (bilan.situation ?? {}) as { answers?: unknown; situation?: unknown };
  const original = stored.situation as OpenFiscaSituation | undefined;
  if (original === undefined || typeof original !== 'object' || !('individus' in original)) {
    throw new DomainError(
      'situation_illisible',
      'situation : ce bilan n’a pas gardé de situation que le moteur puisse relire.',
    );
  }
  const situation = shiftSituation(original, bilan.period, period);
  let result;
  try {
    result = simulate(situation, period);
  } catch (error) {
    if (!(error instanceof SituationError)) throw error;
    throw new DomainError(
      'situation_illisible',
      `situation : le moteur d’aujourd’hui ne peut pas relire ce bilan (${error.issues.join(' ; ')}).`,
    );
  }
  const before = savedBenefits(bilan.results);
  const computed = situationComposition(original);
  const benefits = result.benefits.map((benefit): BenefitChange => {
    const old = before.get(benefit.id) ?? null;
    const amountOf = (b: { eligible: boolean; amount: number } | null) =>
      b !== null && b.eligible ? b.amount : 0;
    const after = { eligible: benefit.eligible, amount: cents(benefit.amount) };
    return {
      id: benefit.id,
      label: benefit.label,
      periodicity: benefit.periodicity,
      before: old,
      after,
      difference: cents(amountOf(after) - amountOf(old)),
    };
  });
  return {
    bilanId: bilan.id,
    householdId: bilan.household_id,
    before: {
      period: bilan.period,
      engineVersion: bilan.engine_version,
      parametersVersion: bilan.parameters_version,
      createdAt: bilan.created_at,
    },
    after: { period, engineVersion: ENGINE_VERSION, parametersVersion: PARAMETERS_VERSION },
    benefits,
    composition: {
      bilan: computed,
      household,
      changed: computed.adults !== household.adults || computed.children !== household.children,
    },
    saved: {
      answers: stored.answers ?? null,
      situation,
      results: {
        benefits: result.benefits.map(
          ({ id, label, eligible, amount, periodicity, status, reasons }) => ({
            id,
            label,
            eligible,
            amount,
            periodicity,
            status,
            reasons,
          }),
        ),
        rerunOf: bilan.id,
      },
    },
  };
}

/**
 * Re-runs a saved bilan's situation with today's engine and parameters for `period` (the current
 * month by default), and compares each benefit with what the bilan said. Any organisation that may
 * read the bilan may (row-level security: its own, or a referral sharing bilans); undefined when
 * it may not. Audited as a read of the bilan.
 */
export function compareBilan(
  db: Kysely<Database>,
  actor: Actor,
  bilanId: string,
  period = currentMonth(),
): Promise<BilanRerun | undefined> {
  return withActor(db, actor, async (trx) => {
    const bilan = await trx
      .selectFrom('bilan')
      .select(['id', 'household_id', 'period', 'engine_version', 'parameters_version'])
      .select(['situation', 'results', 'created_at'])
      .where('id', '=', bilanId)
      .executeTakeFirst();
    if (bilan === undefined) return undefined;
    const persons = await trx
      .selectFrom('person')
      .select('role')
      .where('household_id', '=', bilan.household_id)
      .execute();
    const found = rerun(householdComposition(persons), bilan, period);
    await appendAudit(trx, actor, {
      action: 'relance',
      entity: 'bilan',
      entityId: bilan.id,
      householdId: bilan.household_id,
    });
    return found;
  });
}

/**
 * Saves the re-run as a new bilan of the household (the old one stays in the history), with the
 * engine and parameter versions of today. Same conditions as saving any bilan: the household is
 * the organisation's and a `bilan` consent stands.
 */
export async function saveRerun(
  db: Kysely<Database>,
  actor: Actor,
  bilanId: string,
  period = currentMonth(),
): Promise<Awaited<ReturnType<typeof saveBilan>>> {
  const found = await compareBilan(db, actor, bilanId, period);
  if (found === undefined) return { refused: 'introuvable' };
  return saveBilan(db, actor, found.householdId, {
    version: found.after.engineVersion,
    parametersVersion: found.after.parametersVersion,
    period: found.after.period,
    answers: found.saved.answers,
    situation: found.saved.situation,
    results: found.saved.results,
  });
}
