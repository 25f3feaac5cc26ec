import { expect } from 'vitest';
import type { SimulationResult } from '../src/index.ts';

type BenefitKey = 'rsa' | 'primeActivite' | 'aidesLogement';

interface DomainMatchers<R = unknown> {
  /** The benefit is granted with this monthly amount (to the cent unless a margin is given). */
  toGrant(benefit: BenefitKey, amount: number, margin?: number): R;
  /** The benefit is refused, optionally with a reason containing `reason`. */
  toRefuse(benefit: BenefitKey, reason?: string): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any -- must repeat Vitest's declaration
  interface Matchers<T = any> extends DomainMatchers<T> {}
}

expect.extend({
  toGrant(received: SimulationResult, benefit: BenefitKey, amount: number, margin = 0.01) {
    const result = received[benefit];
    const pass = result.eligible && Math.abs(result.amount - amount) <= margin;
    return {
      pass,
      message: () =>
        `${benefit} : attendu ${amount} €, obtenu ${result.eligible ? `${result.amount} €` : `refus (${result.reasons.join(' ; ')})`}`,
    };
  },
  toRefuse(received: SimulationResult, benefit: BenefitKey, reason?: string) {
    const result = received[benefit];
    const pass =
      !result.eligible && (reason === undefined || result.reasons.some((r) => r.includes(reason)));
    return {
      pass,
      message: () =>
        `${benefit} : refus attendu${reason ? ` (« ${reason} »)` : ''}, obtenu ${result.eligible ? `${result.amount} €` : result.reasons.join(' ; ')}`,
    };
  },
});
