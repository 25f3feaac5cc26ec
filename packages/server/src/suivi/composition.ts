import type { OpenFiscaSituation } from '@znr/rules';
import type { PersonRole } from './vocabulary.ts';

// A person's place in the household is the engine's famille role: demandeur and conjoint are the
// famille's parents, an enfant is a dependent child, "autre" lives in the ménage only. Counting
// both sides the same way tells whether a saved bilan still describes the household.

/** Adults and children of the famille. */
export interface Composition {
  adults: number;
  children: number;
}

/** The famille of the household's persons, by their roles. */
export function householdComposition(persons: { role: PersonRole }[]): Composition {
  return {
    adults: persons.filter((p) => p.role === 'demandeur' || p.role === 'conjoint').length,
    children: persons.filter((p) => p.role === 'enfant').length,
  };
}

/** The famille(s) of a saved situation: parents and enfants of every famille. */
export function situationComposition(situation: OpenFiscaSituation): Composition {
  let adults = 0;
  let children = 0;
  for (const famille of Object.values(situation.familles ?? {})) {
    const { parents, enfants } = famille as { parents?: unknown; enfants?: unknown };
    if (Array.isArray(parents)) adults += parents.length;
    if (Array.isArray(enfants)) children += enfants.length;
  }
  return { adults, children };
}
