import { Role } from '../entities.ts';
import type { Population } from '../population.ts';

/** Who an individu is in the famille, as a trace step names them: « Vous », « Votre conjoint »… */
export function personLabel(pop: Population, i: number): string {
  const role = pop.role[i];
  if (role === Role.demandeur) return 'Vous';
  if (role === Role.conjoint) return 'Votre conjoint ou conjointe';
  let rank = 1;
  for (let j = pop.firstPerson[pop.famille[i]!]!; j < i; j++)
    if (pop.role[j] === Role.enfant) rank++;
  return `Enfant n° ${rank}`;
}
