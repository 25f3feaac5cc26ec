// The questionnaire: which question comes when, one per screen. The wording of every question on
// the engine's variables comes from the engine's metadata (`inputVariables`); only the two
// questions on the household's make-up (couple, number of children), which are not variables of
// the engine, are written here.
import { inputVariables } from '@znr/rules';
import type { InputVariable } from '@znr/rules';
import {
  adultsOf,
  childCount,
  childKey,
  isCouple,
  MAX_CHILDREN,
  numberOf,
  valueOf,
  type AdultKey,
  type Answers,
  type AnswerValue,
} from './answers.ts';
import { savingsRanges } from './savings.ts';

export type Section = 'foyer' | 'activite' | 'sante' | 'ressources' | 'logement';

/** Section titles, in the order the questionnaire goes through them. */
export const sectionTitles: Record<Section, string> = {
  foyer: 'Votre foyer',
  activite: 'Activité et revenus',
  sante: 'Santé et handicap',
  ressources: 'Autres ressources',
  logement: 'Logement',
};

export type StepKind = 'money' | 'enum' | 'boolean' | 'date' | 'percent' | 'commune' | 'count';

/** One screen of the questionnaire. */
export type Step = {
  /** The answer id, `<who>.<variable>`. */
  id: string;
  section: Section;
  kind: StepKind;
  question: string;
  help?: string;
  items?: { value: string; label: string }[];
  /** "Je ne sais pas" is offered: the estimate used instead, and what it means for the result. */
  unknown?: { estimate: AnswerValue; note: string };
};

const MONTHLY_HELP = 'Indiquez le montant moyen par mois sur les trois derniers mois.';

/**
 * Help for the engine variables whose metadata has none yet, so that every question has its help.
 * To move into the engine's `inputVariables` (see requests-to-rules); the engine's help wins.
 */
const helpUntilTheEngineHasIt: Record<string, string> = {
  date_naissance: 'Elle sert à vérifier les conditions d’âge des aides.',
  activite: 'Choisissez la situation de la plus grande partie des trois derniers mois.',
  statut_marital: 'Mariage, Pacs ou union libre : pour la Caf, c’est toujours un couple.',
  handicap: 'Par exemple une décision de la MDPH : taux d’incapacité, RQTH, AAH ou carte.',
  aah_restriction_substantielle_durable_acces_emploi:
    'Elle figure sur la notification de la MDPH quand elle a été reconnue.',
  statut_occupation_logement:
    'Un logement social (HLM) est loué à un bailleur social : office public ou société d’HLM.',
  loyer: 'Le loyer seul, sans les charges. En colocation, votre part.',
  coloc: 'Plusieurs locataires partagent le logement, chacun avec sa part du loyer.',
};

const whoLabel: Record<AdultKey, string> = {
  demandeur: '',
  conjoint: 'votre conjoint ou conjointe',
};

function metadata(variable: string): InputVariable {
  const meta = inputVariables[variable];
  if (!meta) throw new Error(`Variable inconnue du moteur : ${variable}`);
  return meta;
}

/** A question on an engine variable, worded for the person it is about. */
function engineStep(
  who: string,
  whoText: string,
  variable: string,
  section: Section,
  extra: Partial<Step> = {},
): Step {
  const meta = metadata(variable);
  const kind: StepKind = meta.type === 'rate' ? 'percent' : meta.type;
  const question = whoText ? `${meta.label} de ${whoText}` : meta.question;
  const help = [
    meta.help ?? helpUntilTheEngineHasIt[variable],
    kind === 'money' && meta.entity === 'individu' ? MONTHLY_HELP : undefined,
  ]
    .filter((text) => text !== undefined)
    .join(' ');
  return {
    id: `${who}.${variable}`,
    section,
    kind,
    question,
    ...(help ? { help } : {}),
    ...(meta.items
      ? { items: Object.entries(meta.items).map(([value, label]) => ({ value, label })) }
      : {}),
    ...extra,
  };
}

const incomeOfActivity: Record<string, string> = {
  actif: 'salaire_net',
  chomeur: 'chomage_net',
  retraite: 'retraite_nette',
};

const tenant = (answers: Answers): boolean =>
  String(valueOf(answers, 'menage.statut_occupation_logement') ?? '').startsWith('locataire');

function householdSteps(answers: Answers): Step[] {
  const steps: Step[] = [
    {
      id: 'foyer.couple',
      section: 'foyer',
      kind: 'boolean',
      question: 'Vivez-vous en couple ?',
      help: 'Marié, pacsé ou en union libre, avec une personne qui vit dans le même logement.',
    },
    engineStep('demandeur', '', 'date_naissance', 'foyer'),
  ];
  if (isCouple(answers)) {
    steps.push(engineStep('demandeur', '', 'statut_marital', 'foyer'));
    // A marriage or Pacs of less than 18 months: the months before it were lived alone.
    if (['marie', 'pacse'].includes(String(valueOf(answers, 'demandeur.statut_marital')))) {
      steps.push({
        id: 'foyer.couple_recent',
        section: 'foyer',
        kind: 'boolean',
        question: 'Êtes-vous mariés ou pacsés depuis moins de 18 mois ?',
        help: 'Les aides regardent les mois passés : avant le mariage ou le Pacs, chacun comptait seul.',
      });
      if (valueOf(answers, 'foyer.couple_recent') === true) {
        steps.push({
          id: 'foyer.date_couple',
          section: 'foyer',
          kind: 'date',
          question: 'À quelle date vous êtes-vous mariés ou pacsés ?',
          help: 'La date du mariage ou de la signature du Pacs.',
        });
      }
    }
    steps.push(engineStep('conjoint', whoLabel.conjoint, 'date_naissance', 'foyer'));
  }
  steps.push({
    id: 'foyer.enfants',
    section: 'foyer',
    kind: 'count',
    question: 'Combien d’enfants à charge vivent avec vous ?',
    help: `Les enfants de moins de 21 ans dont vous vous occupez (${MAX_CHILDREN} au plus ici).`,
  });
  for (let k = 0; k < childCount(answers); k++) {
    steps.push(engineStep(childKey(k), `votre enfant n° ${k + 1}`, 'date_naissance', 'foyer'));
  }
  // A parent alone since a separation of less than 18 months: RSA and prime d'activité majorés.
  if (!isCouple(answers) && childCount(answers) > 0) {
    steps.push(engineStep('famille', '', 'rsa_isolement_recent', 'foyer'));
  }
  return steps;
}

/** A micro-entrepreneur's kind of activity → the engine's monthly turnover variable. */
export const turnoverOfActivity: Record<string, string> = {
  services: 'rpns_auto_entrepreneur_CA_bic',
  liberal: 'rpns_auto_entrepreneur_CA_bnc',
  vente: 'rpns_auto_entrepreneur_CA_achat_revente',
};

/** Under this age an adult may be an apprentice (the contract's usual upper limit, 29 years). */
const APPRENTICE_BEFORE_YEAR = 30;

function youngEnough(answers: Answers, who: AdultKey): boolean {
  const birth = valueOf(answers, `${who}.date_naissance`);
  if (typeof birth !== 'string') return true;
  const year = Number(birth.slice(0, 4));
  return new Date().getFullYear() - year < APPRENTICE_BEFORE_YEAR + 1;
}

/** Work questions: apprenticeship (young adults at work), then micro-enterprise turnover. */
function workSteps(answers: Answers, who: AdultKey, text: string): Step[] {
  const activity = String(valueOf(answers, `${who}.activite`));
  const steps: Step[] = [];
  if (activity === 'actif' && youngEnough(answers, who)) {
    steps.push(
      engineStep(who, text, 'apprenti', 'activite', {
        help: 'Un contrat d’apprentissage alterne l’école et l’entreprise.',
      }),
    );
  }
  const apprentice = valueOf(answers, `${who}.apprenti`) === true;
  if (activity === 'actif' && apprentice) {
    steps.push(engineStep(who, text, 'remuneration_apprenti', 'activite'));
  } else if (incomeOfActivity[activity]) {
    steps.push(engineStep(who, text, incomeOfActivity[activity], 'activite'));
  }
  if (activity === 'chomeur') {
    steps.push(
      engineStep(who, text, 'ass', 'activite', {
        help: 'Elle est versée par France Travail quand l’allocation chômage s’arrête. Indiquez 0 si vous ne la recevez pas.',
      }),
    );
  }
  if (activity === 'actif' || activity === 'chomeur') {
    steps.push({
      id: `${who}.micro_entreprise`,
      section: 'activite',
      kind: 'enum',
      question: text
        ? `Micro-entreprise de ${text}`
        : 'Avez-vous une activité de micro-entrepreneur (auto-entrepreneur) ?',
      help: 'Si oui, choisissez ce que vous faites surtout.',
      items: [
        { value: 'non', label: 'Non' },
        { value: 'services', label: 'Oui, des services (artisan, commerce)' },
        { value: 'liberal', label: 'Oui, une profession libérale' },
        { value: 'vente', label: 'Oui, de la vente de marchandises' },
      ],
    });
    const turnover = turnoverOfActivity[String(valueOf(answers, `${who}.micro_entreprise`))];
    if (turnover) {
      steps.push(
        engineStep(who, text, turnover, 'activite', {
          question: text
            ? `Chiffre d’affaires par mois de ${text}`
            : 'Quel chiffre d’affaires faites-vous par mois, en moyenne ?',
          help: 'Le chiffre d’affaires déclaré à l’Urssaf, avant les cotisations, en moyenne sur les trois derniers mois.',
        }),
      );
    }
  }
  return steps;
}

/** Savings, as an order of magnitude, for the household. */
function savingsStep(): Step {
  return engineStep('demandeur', '', 'livret_a', 'ressources', {
    kind: 'enum',
    question: 'Combien d’épargne avez-vous sur vos livrets (livret A, LDDS, LEP) ?',
    help: 'Pour tout le foyer. Un ordre de grandeur suffit.',
    items: Object.entries(savingsRanges).map(([value, range]) => ({ value, label: range.label })),
    unknown: {
      estimate: 'aucune',
      note: 'Comptée à 0 € : les aides qui tiennent compte de l’épargne sont à vérifier.',
    },
  });
}

/** A home buyer's loan: when signed, new or old home, conventionné or not. */
function loanSteps(): Step[] {
  return [
    engineStep('menage', '', 'loyer', 'logement', {
      question: 'Combien remboursez-vous chaque mois pour le prêt de votre logement ?',
      help: 'La mensualité du prêt principal, assurance comprise.',
    }),
    engineStep('menage', '', 'aide_logement_date_pret', 'logement', {
      help: 'La date de signature de l’offre de prêt.',
    }),
    engineStep('menage', '', 'etat_logement', 'logement', {
      help: 'L’aide dépend du type d’achat et de la date du prêt.',
      items: Object.entries(metadata('etat_logement').items ?? {})
        .filter(([value]) => value !== 'non_renseigne')
        .map(([value, label]) => ({ value, label })),
    }),
    engineStep('menage', '', 'aide_logement_est_pret_conventionne', 'logement', {
      help: 'Le contrat de prêt le dit : prêt d’accession sociale (PAS) ou prêt conventionné (PC).',
    }),
  ];
}

function adultSteps(answers: Answers, who: AdultKey): Step[] {
  const text = whoLabel[who];
  const steps = [engineStep(who, text, 'activite', 'activite'), ...workSteps(answers, who, text)];
  steps.push(engineStep(who, text, 'handicap', 'sante'));
  if (valueOf(answers, `${who}.handicap`) === true) {
    steps.push(
      engineStep(who, text, 'taux_incapacite', 'sante', {
        help: 'En pourcentage, tel qu’il figure sur la notification de la MDPH (par exemple 80).',
        unknown: {
          estimate: 0,
          note: 'Sans taux connu, l’allocation aux adultes handicapés n’est pas estimée : la notification de la MDPH le donne.',
        },
      }),
    );
    const rate = numberOf(answers, `${who}.taux_incapacite`);
    if (rate >= 50 && rate < 80) {
      steps.push(
        engineStep(who, text, 'aah_restriction_substantielle_durable_acces_emploi', 'sante'),
      );
    }
    steps.push(
      engineStep(who, text, 'pensions_invalidite', 'ressources', {
        unknown: { estimate: 0, note: 'Comptée à 0 € en attendant le montant exact.' },
      }),
    );
  }
  return steps;
}

function housingSteps(answers: Answers): Step[] {
  const steps: Step[] = [
    // The commune is searched by name or postal code (commune-field.tsx); the engine's help,
    // about the INSEE code, is for the OpenFisca interface.
    engineStep('menage', '', 'depcom', 'logement', { help: undefined }),
    engineStep('menage', '', 'statut_occupation_logement', 'logement', {
      items: Object.entries(metadata('statut_occupation_logement').items ?? {})
        .filter(([value]) => value !== 'non_renseigne')
        .map(([value, label]) => ({ value, label })),
    }),
  ];
  if (tenant(answers)) {
    steps.push(engineStep('menage', '', 'loyer', 'logement'));
    steps.push(engineStep('menage', '', 'coloc', 'logement'));
  } else if (valueOf(answers, 'menage.statut_occupation_logement') === 'primo_accedant') {
    steps.push(...loanSteps());
  }
  return steps;
}

/** The questions to ask, in order, given the answers so far (later ones depend on earlier ones). */
export function stepsFor(answers: Answers): Step[] {
  const adults = adultsOf(answers);
  const steps = [
    ...householdSteps(answers),
    ...adults.flatMap((who) => adultSteps(answers, who)),
    engineStep('demandeur', '', 'pensions_alimentaires_percues', 'ressources', {
      unknown: { estimate: 0, note: 'Comptée à 0 € en attendant le montant exact.' },
    }),
    savingsStep(),
    ...housingSteps(answers),
  ];
  const order = Object.keys(sectionTitles);
  // Stable sort: by section, then in the order written above.
  return steps
    .map((step, index) => ({ step, index }))
    .sort(
      (a, b) => order.indexOf(a.step.section) - order.indexOf(b.step.section) || a.index - b.index,
    )
    .map(({ step }) => step);
}

/** The questions that ask a person's income (money, not the ménage's rent): the budget's resources. */
export function incomeStepIds(steps: readonly Step[]): string[] {
  return steps
    .filter((step) => step.kind === 'money' && !step.id.startsWith('menage.'))
    .map((step) => step.id);
}
