import type { Answers } from './answers.ts';

/** The same answers, with the demandeur back at work for `netMonthlySalary` euros a month. */
export function withJob(answers: Answers, netMonthlySalary: number): Answers {
  return {
    ...answers,
    'demandeur.activite': { value: 'actif' },
    'demandeur.salaire_net': { value: netMonthlySalary },
  };
}
