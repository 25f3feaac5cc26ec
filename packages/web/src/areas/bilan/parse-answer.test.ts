import { describe, expect, it } from 'vitest';
import { parseAnswer, rawOf } from './parse-answer.ts';
import type { Step } from './steps.ts';

const step = (kind: Step['kind'], items?: Step['items']): Step => ({
  id: 'x.y',
  section: 'foyer',
  kind,
  question: 'Q',
  ...(items ? { items } : {}),
});

describe('parseAnswer', () => {
  it('reads French amounts and refuses what is not one', () => {
    expect(parseAnswer(step('money'), '1 234,50 €', '2026-06-01')).toEqual({
      ok: true,
      value: 1234.5,
    });
    expect(parseAnswer(step('money'), '-12', '2026-06-01')).toEqual({
      ok: false,
      error: 'Indiquez un montant en euros, par exemple 850 ou 850,50.',
    });
  });

  it('asks for an answer when the field is empty', () => {
    expect(parseAnswer(step('boolean'), ' ', '2026-06-01')).toEqual({
      ok: false,
      error: 'Répondez à la question pour continuer.',
    });
  });

  it('refuses a birth date in the future', () => {
    expect(parseAnswer(step('date'), '2030-01-01', '2026-06-01').ok).toBe(false);
    expect(parseAnswer(step('date'), '1990-01-31', '2026-06-01')).toEqual({
      ok: true,
      value: '1990-01-31',
    });
  });

  it('checks commune codes, Corsica included', () => {
    expect(parseAnswer(step('commune'), '2a004', '2026-06-01')).toEqual({
      ok: true,
      value: '2A004',
    });
    expect(parseAnswer(step('commune'), 'Lyon', '2026-06-01').ok).toBe(false);
  });

  it('reads yes/no and the proposed choices only', () => {
    expect(parseAnswer(step('boolean'), 'oui', '2026-06-01')).toEqual({ ok: true, value: true });
    const choices = step('enum', [{ value: 'actif', label: 'En emploi' }]);
    expect(parseAnswer(choices, 'autre', '2026-06-01').ok).toBe(false);
  });

  it('shows an answer back as it was typed', () => {
    expect(rawOf(step('money'), 850.5)).toBe('850,5');
    expect(rawOf(step('boolean'), false)).toBe('non');
  });
});
