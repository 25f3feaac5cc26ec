import { describe, expect, it } from 'vitest';
import { buildAnswers } from '../../../test/bilan-answers.ts';
import { bilanFile, readBilanFile } from './bilan-file.ts';
import { runBilan } from './run-bilan.ts';

describe('bilan file', () => {
  it('gives back the answers it was made from', () => {
    const answers = buildAnswers({
      'demandeur.pensions_alimentaires_percues': { value: 0, estimated: true },
    });
    const outcome = runBilan(answers, '2026-06');
    if (!outcome.ok) throw new Error(outcome.issues.join(' '));
    const text = bilanFile(answers, outcome, new Date('2026-06-15T10:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ version: 1, period: '2026-06' });
    expect(readBilanFile(text)).toEqual({ ok: true, answers });
  });

  it('says in French what is wrong with a file', () => {
    expect(readBilanFile('pas du json')).toEqual({
      ok: false,
      error: 'Ce fichier n’est pas un bilan exporté (JSON illisible).',
    });
    expect(readBilanFile('{"version":2,"answers":{}}')).toEqual({
      ok: false,
      error: 'Version du fichier non prise en charge : 2.',
    });
    expect(readBilanFile('{"version":1,"answers":{"x.<script>":{"value":1}}}')).toEqual({
      ok: false,
      error: 'Réponse « x.<script> » illisible dans le fichier.',
    });
  });
});
