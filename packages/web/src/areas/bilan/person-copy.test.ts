// The person's copy follows the results page: the summary, the probable rights, those to check,
// then the refusals with their reasons.
import { describe, expect, it } from 'vitest';
import { buildAnswers } from '../../../test/bilan-answers.ts';
import { inReadingOrder, statusLabels } from './benefit-results.ts';
import { publicContact } from './contact.ts';
import { personCopy } from './person-copy.ts';
import { runBilan } from './run-bilan.ts';

const singleParent = buildAnswers({
  'demandeur.date_naissance': { value: '1991-04-12' },
  'foyer.enfants': { value: 2 },
  'enfant1.date_naissance': { value: '2016-09-03' },
  'enfant2.date_naissance': { value: '2020-02-17' },
  'demandeur.activite': { value: 'actif' },
  'demandeur.salaire_net': { value: 850 },
  'menage.statut_occupation_logement': { value: 'locataire_hlm' },
  'menage.loyer': { value: 480 },
});

describe('the person’s copy', () => {
  const outcome = runBilan(singleParent, '2026-06');
  if (!outcome.ok) throw new Error(outcome.issues.join(' '));
  const blocks = personCopy(outcome.views, publicContact, new Date(2026, 5, 15));
  const texts = blocks.map((block) => block.text);
  const index = (text: string) => texts.findIndex((t) => t.startsWith(text));

  it('opens on the summary: the probable rights and their total, before any refusal', () => {
    const total = index('Vos droits probables : ');
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(texts.indexOf('Pas de droit pour le moment'));
    expect(total).toBeLessThan(texts.findIndex((t) => t.endsWith(' : Pas de droit')));
    expect(index('L’essentiel')).toBeLessThan(total);
  });

  it('details the rights in reading order, then lists each refusal with its reason', () => {
    const ordered = inReadingOrder(outcome.views);
    const headings = blocks
      .filter((block) => block.kind === 'heading')
      .map((block) => block.text)
      .filter((text) => / : (Droit probable|À vérifier)$/.test(text));
    expect(headings).toEqual(
      ordered
        .filter((view) => view.status !== 'non_eligible')
        .map((view) => `${view.name} : ${statusLabels[view.status]}`),
    );
    const refusals = texts.indexOf('Pas de droit pour le moment');
    for (const view of ordered.filter((v) => v.status === 'non_eligible')) {
      const at = texts.indexOf(`${view.name} : Pas de droit`);
      expect(at, view.id).toBeGreaterThan(refusals);
      for (const reason of view.reasons)
        expect(texts[at + 1 + view.reasons.indexOf(reason)]).toBe(reason);
    }
  });
});
