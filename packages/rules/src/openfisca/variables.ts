import { Activite, EtatLogement, Housing, Marital } from '../entities.ts';
import type { MonthlyResource } from '../population.ts';

/** French metadata of an input variable, read by the questionnaire (keyed by the OpenFisca name). */
export interface InputVariable {
  entity: 'individu' | 'famille' | 'menage' | 'foyer_fiscal';
  type: 'money' | 'enum' | 'boolean' | 'date' | 'rate' | 'commune';
  label: string;
  question: string;
  help?: string;
  /** For enums: value → French label. */
  items?: Record<string, string>;
  /** For money: the population column it feeds. */
  resource?: MonthlyResource;
  /** A balance (savings), not a flow: a yearly value holds for each month, it is not divided by 12. */
  balance?: true;
}

const money = (
  label: string,
  question: string,
  resource?: MonthlyResource,
  help?: string,
): InputVariable => ({
  entity: 'individu',
  type: 'money',
  label,
  question,
  ...(resource ? { resource } : {}),
  ...(help ? { help } : {}),
});

/** A micro-entrepreneur's yearly tax box, given by year (`"2025": 24000`). */
const yearlyBox = (label: string, question: string): InputVariable => ({
  entity: 'individu',
  type: 'money',
  label,
  question,
  help: 'Le montant de la déclaration de revenus, année par année.',
});

/** The OpenFisca input variables the engine reads, with their French questions. */
export const inputVariables: Record<string, InputVariable> = {
  date_naissance: {
    entity: 'individu',
    type: 'date',
    label: 'Date de naissance',
    question: 'Quelle est votre date de naissance ?',
  },
  activite: {
    entity: 'individu',
    type: 'enum',
    label: 'Activité',
    question: 'Quelle est votre situation professionnelle ?',
    items: {
      actif: 'En emploi',
      chomeur: 'Au chômage',
      etudiant: 'Étudiant ou étudiante',
      retraite: 'Retraité ou retraitée',
      inactif: 'Sans activité',
    },
  },
  statut_marital: {
    entity: 'individu',
    type: 'enum',
    label: 'Situation conjugale',
    question: 'Quelle est votre situation conjugale ?',
    items: {
      celibataire: 'Célibataire',
      marie: 'Marié ou mariée',
      pacse: 'Pacsé ou pacsée',
      divorce: 'Divorcé ou divorcée',
      veuf: 'Veuf ou veuve',
    },
  },
  salaire_net: money(
    'Salaire net',
    'Quel est votre salaire net mensuel ?',
    'salaireNet',
    'Le montant versé sur le compte, avant impôt à la source.',
  ),
  salaire_imposable: money(
    'Salaire imposable',
    'Quel est votre salaire net imposable mensuel ?',
    'salaireImposable',
    'Il figure sur la fiche de paie.',
  ),
  salaire_de_base: money('Salaire brut', 'Quel est votre salaire brut mensuel ?', 'salaireDeBase'),
  chomage_net: money(
    'Allocation chômage nette',
    "Quel montant d'allocation chômage recevez-vous par mois ?",
    'chomageNet',
  ),
  chomage_imposable: money(
    'Allocation chômage imposable',
    "Quel est le montant imposable de l'allocation chômage ?",
    'chomageImposable',
  ),
  chomage_brut: money(
    'Allocation chômage brute',
    "Quel est le montant brut de l'allocation chômage ?",
  ),
  date_debut_chomage: {
    entity: 'individu',
    type: 'date',
    label: 'Début du chômage',
    question: 'Depuis quand êtes-vous au chômage ?',
  },
  retraite_nette: money(
    'Retraite nette',
    'Quel montant de retraite recevez-vous par mois ?',
    'retraiteNette',
  ),
  retraite_imposable: money(
    'Retraite imposable',
    'Quel est le montant imposable de votre retraite ?',
    'retraiteImposable',
  ),
  retraite_brute: money(
    'Retraite brute',
    'Quel est le montant brut de votre retraite ?',
    'retraiteBrute',
  ),
  pensions_invalidite: money(
    "Pension d'invalidité",
    "Quel montant de pension d'invalidité recevez-vous par mois ?",
    'pensionsInvalidite',
  ),
  pensions_alimentaires_percues: money(
    'Pension alimentaire reçue',
    'Quel montant de pension alimentaire recevez-vous par mois ?',
    'pensionsAlimentaires',
  ),
  handicap: {
    entity: 'individu',
    type: 'boolean',
    label: 'Situation de handicap',
    question: 'Êtes-vous en situation de handicap ?',
  },
  taux_incapacite: {
    entity: 'individu',
    type: 'rate',
    label: "Taux d'incapacité",
    question: "Quel taux d'incapacité la MDPH vous a-t-elle reconnu ?",
    help: 'Indiquez une fraction : 0,8 pour 80 %.',
  },
  aah_restriction_substantielle_durable_acces_emploi: {
    entity: 'individu',
    type: 'boolean',
    label: "Restriction substantielle et durable d'accès à l'emploi",
    question:
      "La MDPH a-t-elle reconnu une restriction substantielle et durable d'accès à l'emploi ?",
  },
  boursier: {
    entity: 'individu',
    type: 'boolean',
    label: 'Boursier',
    question: "Êtes-vous boursier ou boursière de l'enseignement supérieur ?",
  },
  ass: money(
    'Allocation de solidarité spécifique (ASS)',
    "Quel montant d'allocation de solidarité spécifique (ASS) recevez-vous par mois ?",
    'ass',
    'L’ASS est versée par France Travail après la fin des droits à l’allocation chômage.',
  ),
  livret_a: {
    ...money(
      'Livret A',
      'Combien avez-vous sur votre livret A (et votre livret bleu) ?',
      'livretA',
      'Le solde du livret ; un ordre de grandeur suffit.',
    ),
    balance: true,
  },
  epargne_revenus_non_imposables: {
    ...money(
      'Épargne aux intérêts non imposables',
      "Combien avez-vous sur vos autres livrets défiscalisés (LDDS, LEP, livret jeune) et votre plan d'épargne logement ?",
      'epargneNonImposable',
      'Le solde total ; un ordre de grandeur suffit.',
    ),
    balance: true,
  },
  epargne_revenus_imposables: {
    ...money(
      'Épargne aux revenus imposables',
      'Combien avez-vous placé sur une assurance-vie, un compte à terme ou un livret imposable ?',
      'epargneImposable',
      'La valeur totale ; un ordre de grandeur suffit.',
    ),
    balance: true,
  },
  revenus_capital: money(
    'Revenus du capital',
    'Combien vos placements (intérêts, dividendes) vous rapportent-ils par mois ?',
    'revenusCapital',
    'Les intérêts et dividendes perçus, divisés par douze.',
  ),
  apprenti: {
    entity: 'individu',
    type: 'boolean',
    label: 'Apprenti',
    question: "Êtes-vous en contrat d'apprentissage ?",
  },
  remuneration_apprenti: money(
    "Rémunération d'apprenti",
    "Quel est votre salaire d'apprenti par mois ?",
    'remunerationApprenti',
    'Le montant versé sur le compte.',
  ),
  rpns_auto_entrepreneur_CA_bic: money(
    "Chiffre d'affaires de micro-entrepreneur (services, BIC)",
    "Quel chiffre d'affaires avez-vous déclaré ce mois-ci pour vos prestations de services commerciales ou artisanales ?",
    'caBic',
    'Micro-entrepreneur au versement libératoire : le chiffre d’affaires du mois, avant cotisations.',
  ),
  rpns_auto_entrepreneur_CA_bnc: money(
    "Chiffre d'affaires de micro-entrepreneur (profession libérale, BNC)",
    "Quel chiffre d'affaires avez-vous déclaré ce mois-ci pour votre activité libérale ?",
    'caBnc',
    'Micro-entrepreneur au versement libératoire : le chiffre d’affaires du mois, avant cotisations.',
  ),
  rpns_auto_entrepreneur_CA_achat_revente: money(
    "Chiffre d'affaires de micro-entrepreneur (vente de marchandises)",
    "Quel chiffre d'affaires avez-vous déclaré ce mois-ci pour la vente de marchandises ?",
    'caVente',
    'Micro-entrepreneur au versement libératoire : le chiffre d’affaires du mois, avant cotisations.',
  ),
  ebic_imps: yearlyBox(
    "Chiffre d'affaires annuel de services (versement libératoire)",
    "Quel chiffre d'affaires de prestations de services avez-vous déclaré pour l'année (case 5TB) ?",
  ),
  ebic_impv: yearlyBox(
    "Chiffre d'affaires annuel de vente (versement libératoire)",
    "Quel chiffre d'affaires de vente de marchandises avez-vous déclaré pour l'année (case 5TA) ?",
  ),
  ebnc_impo: yearlyBox(
    'Recettes annuelles non commerciales (versement libératoire)',
    "Quelles recettes non commerciales avez-vous déclarées pour l'année (case 5TE) ?",
  ),
  mbic_imps: yearlyBox(
    "Chiffre d'affaires annuel de services (régime micro)",
    "Quel chiffre d'affaires de prestations de services avez-vous déclaré pour l'année (case 5KP) ?",
  ),
  mbic_impv: yearlyBox(
    "Chiffre d'affaires annuel de vente (régime micro)",
    "Quel chiffre d'affaires de vente de marchandises avez-vous déclaré pour l'année (case 5KO) ?",
  ),
  mbnc_impo: yearlyBox(
    'Recettes annuelles non commerciales (régime micro)',
    "Quelles recettes non commerciales avez-vous déclarées pour l'année (case 5HQ) ?",
  ),
  rsa_isolement_recent: {
    entity: 'famille',
    type: 'boolean',
    label: 'Séparation récente',
    question:
      'Vous êtes-vous séparé ou séparée de votre conjoint, ou êtes-vous devenu veuf ou veuve, il y a moins de 18 mois ?',
    help: 'Un parent seul depuis moins de 18 mois avec un enfant à charge a droit au RSA et à la prime d’activité majorés.',
  },
  depcom: {
    entity: 'menage',
    type: 'commune',
    label: 'Commune',
    question: 'Dans quelle commune habitez-vous ?',
    help: 'Code INSEE de la commune.',
  },
  statut_occupation_logement: {
    entity: 'menage',
    type: 'enum',
    label: 'Logement',
    question: 'Quelle est votre situation de logement ?',
    items: {
      locataire_hlm: 'Locataire d’un logement social (HLM)',
      locataire_vide: 'Locataire d’un logement non meublé',
      locataire_meuble: 'Locataire d’un logement meublé',
      proprietaire: 'Propriétaire',
      loge_gratuitement: 'Hébergé ou hébergée gratuitement',
      primo_accedant: 'Accédant ou accédante à la propriété',
      locataire_foyer: 'En foyer',
      non_renseigne: 'Non renseigné',
    },
  },
  loyer: {
    entity: 'menage',
    type: 'money',
    label: 'Loyer',
    question: 'Quel est le montant de votre loyer mensuel, hors charges ?',
  },
  coloc: {
    entity: 'menage',
    type: 'boolean',
    label: 'Colocation',
    question: 'Vivez-vous en colocation ?',
  },
  logement_chambre: {
    entity: 'menage',
    type: 'boolean',
    label: 'Chambre',
    question: 'Louez-vous une chambre ?',
  },
  aide_logement_date_pret: {
    entity: 'menage',
    type: 'date',
    label: 'Date du prêt immobilier',
    question: 'À quelle date avez-vous signé le prêt pour acheter votre logement ?',
  },
  aide_logement_date_pret_conventionne: {
    entity: 'menage',
    type: 'date',
    label: 'Date du prêt conventionné',
    question: 'À quelle date avez-vous signé le prêt conventionné (PAS ou PC) ?',
  },
  aide_logement_est_pret_conventionne: {
    entity: 'menage',
    type: 'boolean',
    label: 'Prêt conventionné',
    question:
      "Votre prêt est-il un prêt conventionné (prêt d'accession sociale ou prêt conventionné) ?",
  },
  etat_logement: {
    entity: 'menage',
    type: 'enum',
    label: 'Logement acheté',
    question: 'Le logement que vous remboursez est-il neuf ou ancien ?',
    items: {
      non_renseigne: 'Je ne sais pas',
      construction_acquisition_logement_neuf: 'Logement neuf (construit ou acheté neuf)',
      acquisition_sans_amelioration_logement_existant: 'Logement ancien acheté sans travaux',
      acquisition_amelioration: 'Logement ancien acheté avec travaux',
      amelioration: 'Travaux d’amélioration',
      agrandissement_amenagement: 'Agrandissement ou aménagement',
    },
  },
  rfr: {
    entity: 'foyer_fiscal',
    type: 'money',
    label: 'Revenu fiscal de référence',
    question:
      "Quel est le revenu fiscal de référence de votre foyer fiscal, sur l'avis d'impôt de l'an dernier ?",
    help: 'Le chèque énergie lit celui de l’année N-2 (avis reçu en N-1) ; sans lui, il est calculé à partir des revenus imposables.',
  },
};

/** Enum codes by OpenFisca value. */
export const enumCodes: Record<string, Record<string, number>> = {
  activite: Activite,
  statut_marital: Marital,
  statut_occupation_logement: Housing,
  etat_logement: EtatLogement,
};

/** The OpenFisca output variables the engine computes (for the famille). */
export const outputVariables = [
  'rsa',
  'ppa',
  'aide_logement',
  'aide_logement_type',
  'apl',
  'als',
  'alf',
  'af',
  'cf',
  'asf',
  'paje_base',
  'aah',
  'aspa',
  'asi',
  'css',
  'cmu_c',
  'css_participation_forfaitaire',
  'cheque_energie',
  'ars',
] as const;
export type OutputVariable = (typeof outputVariables)[number];
