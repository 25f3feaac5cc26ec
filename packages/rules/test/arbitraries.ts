import fc from 'fast-check';

/** Birth dates of adults, from a pensioner to a young adult. */
export const adultBirth = fc.constantFrom(
  '1958-03-02',
  '1970-07-15',
  '1985-11-30',
  '1999-01-01',
  '2003-06-20',
);

/** The activities of an adult in the test households. */
export const adultActivite = fc.constantFrom<'actif' | 'chomeur' | 'inactif' | 'retraite'>(
  'actif',
  'chomeur',
  'inactif',
  'retraite',
);
