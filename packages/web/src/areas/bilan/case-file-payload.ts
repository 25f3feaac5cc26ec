// What the device sends to save a bilan in a case file: the bilan (answers, situation, results),
// the case file (existing, or new from the names typed and the bilan's answers) and the consent.
import { choosableBenefitIds, ENGINE_VERSION, PARAMETERS_VERSION } from '@znr/rules';
import type { BilanSyncPayload, BilanTarget, IdentifiedRight } from '../../api/bilans.ts';
import type { NewPerson } from '../../api/suivi.ts';
import { adultsOf, childCount, childKey, valueOf, type Answers } from './answers.ts';
import { CSS } from './benefit-results.ts';
import { resultsOf } from './bilan-file.ts';
import type { BilanOutcome } from './run-bilan.ts';

export type Names = Record<string, { firstName: string; lastName: string }>;

/**
 * The people of the bilan as persons of a new case file, with the birth dates answered: the
 * adults, and each child whose first name was given (their last name is the person's).
 */
export function personsOf(answers: Answers, names: Names): NewPerson[] {
  const person = (who: string, role: NewPerson['role'], lastName: string): NewPerson => {
    const birthDate = valueOf(answers, `${who}.date_naissance`);
    return {
      role,
      firstName: names[who]?.firstName.trim() ?? '',
      lastName,
      ...(typeof birthDate === 'string' ? { birthDate } : {}),
    };
  };
  const adults = adultsOf(answers).map((who) =>
    person(who, who, names[who]?.lastName.trim() ?? ''),
  );
  const children = Array.from({ length: childCount(answers) }, (_, k) => childKey(k))
    .filter((who) => (names[who]?.firstName.trim() ?? '') !== '')
    .map((who) => person(who, 'enfant', adults[0]?.lastName ?? ''));
  return [...adults, ...children];
}

/** A new case file from the bilan: its adults, the address typed, the commune answered. */
export function newCaseFile(
  answers: Answers,
  names: Names,
  address: string,
  commune: string | undefined,
): BilanTarget {
  const inseeCode = valueOf(answers, 'menage.depcom');
  return {
    create: {
      persons: personsOf(answers, names),
      ...(address.trim() !== '' ? { address: address.trim() } : {}),
      ...(typeof inseeCode === 'string' && inseeCode !== '' ? { inseeCode } : {}),
      ...(commune ? { commune } : {}),
    },
  };
}

/** The benefits found (eligible or to check), to follow from « identifié ». */
export function identifiedRights(outcome: Extract<BilanOutcome, { ok: true }>): IdentifiedRight[] {
  return outcome.views
    .filter((view) => view.status !== 'non_eligible')
    .flatMap((view) => {
      const benefit = choosableBenefitIds.find((id) => id === view.id);
      return benefit === undefined ? [] : [{ ...view, id: benefit }];
    })
    .map((view) => ({
      benefit: view.id,
      // The CSS amount is what the person pays, not what they receive.
      estimatedMonthly: view.periodicity === 'mensuelle' && view.id !== CSS ? view.amount : null,
    }));
}

export function syncPayload(
  clientId: string,
  household: BilanTarget,
  consent: BilanSyncPayload['consent'],
  answers: Answers,
  outcome: Extract<BilanOutcome, { ok: true }>,
  date: Date,
): BilanSyncPayload {
  return {
    clientId,
    household,
    consent,
    bilan: {
      version: ENGINE_VERSION,
      parametersVersion: PARAMETERS_VERSION,
      period: outcome.period,
      date: date.toISOString(),
      answers,
      situation: outcome.situation,
      results: resultsOf(outcome.views),
    },
  };
}
