// Who the person can turn to, printed on their copy of the bilan.

export type Contact = {
  name: string;
  /** Address, phone, e-mail: whatever the organisation made public. */
  details: string[];
};

/** The public simulator's copy points to the national services. */
export const publicContact: Contact = {
  name: 'Simulateur public Zéro non-recours',
  details: [
    'Pour être accompagné : la Caf (3230, service gratuit + prix d’un appel), le CCAS de votre commune ou une Maison France services.',
  ],
};
