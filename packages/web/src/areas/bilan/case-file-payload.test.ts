import { describe, expect, it } from 'vitest';
import { buildAnswers } from '../../../test/bilan-answers.ts';
import { newCaseFile, personsOf } from './case-file-payload.ts';

const family = buildAnswers({
  'foyer.couple': { value: true },
  'conjoint.date_naissance': { value: '1985-01-20' },
  'foyer.enfants': { value: 2 },
  'enfant1.date_naissance': { value: '2015-09-12' },
  'enfant2.date_naissance': { value: '2019-03-04' },
});

describe('a new case file from the bilan', () => {
  it('holds the adults and the children named, with the birth dates answered', () => {
    const persons = personsOf(family, {
      demandeur: { firstName: ' Awa ', lastName: 'Diallo ' },
      conjoint: { firstName: 'Moussa', lastName: 'Traoré' },
      enfant2: { firstName: 'Lina', lastName: '' },
    });
    expect(persons).toEqual([
      { role: 'demandeur', firstName: 'Awa', lastName: 'Diallo', birthDate: '1988-02-01' },
      { role: 'conjoint', firstName: 'Moussa', lastName: 'Traoré', birthDate: '1985-01-20' },
      { role: 'enfant', firstName: 'Lina', lastName: 'Diallo', birthDate: '2019-03-04' },
    ]);
  });

  it('takes the commune of the bilan and the address typed', () => {
    const target = newCaseFile(
      buildAnswers(),
      { demandeur: { firstName: 'Awa', lastName: 'Diallo' } },
      ' 3 rue Jules-Ferry ',
      'Vénissieux',
    );
    expect(target).toMatchObject({
      create: { address: '3 rue Jules-Ferry', inseeCode: '69259', commune: 'Vénissieux' },
    });
  });
});
