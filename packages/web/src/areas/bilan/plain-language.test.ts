// Every text the person reads in the results and on their copy passes a French readability check
// (Kandel–Moles, see test/readability.ts), for several households and every status.
import { otherAidsCatalogue } from '@znr/rules';
import { describe, expect, it } from 'vitest';
import { buildAnswers } from '../../../test/bilan-answers.ts';
import { kandelMoles } from '../../../test/readability.ts';
import type { Answers } from './answers.ts';
import { publicContact } from './contact.ts';
import { bilanBudget } from './bilan-budget.ts';
import { otherAidsFor } from './other-aids.ts';
import { personCopy } from './person-copy.ts';
import { runBilan } from './run-bilan.ts';

/** "Assez facile" and above; each sentence may dip a little lower, the whole copy may not. */
const COPY_THRESHOLD = 60;
const BLOCK_THRESHOLD = 45;

const households: Answers[] = [
  buildAnswers(),
  buildAnswers({
    'demandeur.activite': { value: 'actif' },
    'demandeur.salaire_net': { value: 900 },
  }),
  buildAnswers({
    'demandeur.activite': { value: 'actif' },
    'demandeur.salaire_net': { value: 3500 },
  }),
  buildAnswers({
    'demandeur.activite': { value: 'actif' },
    'demandeur.salaire_net': { value: 700 },
    'demandeur.pensions_alimentaires_percues': { value: 0, estimated: true },
    'menage.statut_occupation_logement': { value: 'proprietaire' },
  }),
  buildAnswers({
    'demandeur.date_naissance': { value: '2004-05-01' },
    'demandeur.activite': { value: 'etudiant' },
  }),
  // Pointed to every other aid: unemployed, handicap, 60 or more, children of 12 and 16.
  buildAnswers({
    'demandeur.date_naissance': { value: '1964-01-01' },
    'demandeur.activite': { value: 'chomeur' },
    'demandeur.chomage_net': { value: 600 },
    'demandeur.handicap': { value: true },
    'demandeur.taux_incapacite': { value: 50 },
    'demandeur.aah_restriction_substantielle_durable_acces_emploi': { value: false },
    'demandeur.pensions_invalidite': { value: 0 },
    'foyer.enfants': { value: 2 },
    'enfant1.date_naissance': { value: '2014-01-01' },
    'enfant2.date_naissance': { value: '2010-01-01' },
  }),
];

describe('plain language of the results', () => {
  const blocks = households.flatMap((answers) => {
    const outcome = runBilan(answers, '2026-06');
    if (!outcome.ok) throw new Error(outcome.issues.join(' '));
    const otherAids = otherAidsFor(answers, outcome.views, outcome.period);
    return personCopy(outcome.views, publicContact, new Date(2026, 5, 15), {
      otherAids,
      budget: bilanBudget(answers, outcome.views, outcome.period),
    }).filter((block) => block.kind !== 'link');
  });
  const texts = [...new Set(blocks.map((block) => block.text))];
  // Names (of benefits, documents, organisations) are not sentences: they count in the whole only.
  const sentences = texts.filter((text) => text.endsWith('.'));

  it('covers eligible, not eligible and "à vérifier" results, and every other aid', () => {
    const all = texts.join('\n');
    for (const aid of otherAidsCatalogue) expect(all).toContain(aid.description);
    expect(all).toContain('Droit probable');
    expect(all).toContain('Pas de droit');
    expect(all).toContain('À vérifier');
  });

  it.each(sentences)('« %s » reads easily enough', (text) => {
    expect(kandelMoles(text)).toBeGreaterThanOrEqual(BLOCK_THRESHOLD);
  });

  it(`reads as a whole at ${COPY_THRESHOLD} or more ("assez facile")`, () => {
    expect(kandelMoles(texts.join(' '))).toBeGreaterThanOrEqual(COPY_THRESHOLD);
  });
});
