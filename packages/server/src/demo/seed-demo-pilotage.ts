import type { BenefitId } from '@znr/rules';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { findCommune } from '../tenancy/communes.ts';
import {
  type DiService,
  type DiStructure,
  serviceColumns,
  structureColumns,
  ageBands,
  outreachTypes,
  sexes,
  type BlockageStatus,
} from '../pilotage/index.ts';

// Fictitious pilotage data of the demo territory, so that the dashboard has something to show:
// six months of outreach actions of every type, a directory of partners in the data·inclusion
// schema, workshops and blockages at every status. Deterministic (a seeded generator, fixed
// dates) and written once: a second run finds the actions and changes nothing.

const months = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
const quartiers: [string, boolean][] = [
  ['Minguettes', true],
  ['Moulin-à-Vent', true],
  ['Centre', false],
  ['Parilly', false],
];

/** A small deterministic generator (LCG), so that every demo has the same figures. */
function generator(seed: number): (max: number) => number {
  let state = seed;
  return (max) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % max;
  };
}

const structures: DiStructure[] = [
  [
    'ccas',
    'CCAS de Vénissieux',
    ['ccas-cias'],
    'Accueil, aides facultatives, domiciliation et accès aux droits.',
  ],
  [
    'pimms',
    'PIMMS Médiation Vénissieux',
    ['pimms-mediation', 'france-service'],
    'Médiation avec la CAF, la CPAM, les fournisseurs d’énergie et d’eau.',
  ],
  [
    'caf',
    'CAF du Rhône — accueil de Vénissieux',
    ['caf'],
    'Prestations familiales, RSA, prime d’activité et aides au logement.',
  ],
  [
    'cpam',
    'CPAM du Rhône — point d’accueil',
    ['cpam'],
    'Assurance maladie, complémentaire santé solidaire.',
  ],
  [
    'mdm',
    'Maison de la Métropole de Vénissieux',
    ['departements'],
    'Accompagnement social, RSA, protection de l’enfance.',
  ],
  [
    'pcb',
    'Point conseil budget Vénissieux',
    ['points-conseil-budget'],
    'Budget, dettes, impayés de loyer et d’énergie, surendettement.',
  ],
  [
    'cidff',
    'CIDFF du Rhône — permanence',
    ['cidff'],
    'Droits des femmes et des familles, séparation, violences.',
  ],
  [
    'resto',
    'Restos du cœur de Vénissieux',
    ['restos-du-coeur'],
    'Aide alimentaire, accès aux droits, ateliers.',
  ],
].map(([key, nom, reseaux, description]) => ({
  source: 'znr-demo',
  id: `znr-demo--${key as string}`,
  nom: nom as string,
  date_maj: '2026-09-01',
  description: description as string,
  commune: 'Vénissieux',
  code_postal: '69200',
  code_insee: '69259',
  telephone: '04 65 71 00 99',
  reseaux_porteurs: reseaux as string[],
  thematiques: [],
}));

const services: DiService[] = (
  [
    [
      'ccas',
      'Domiciliation administrative',
      ['difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives'],
      'Une adresse pour recevoir son courrier et faire valoir ses droits.',
    ],
    [
      'ccas',
      'Aides facultatives d’urgence',
      ['difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere'],
      'Secours ponctuel en cas de difficulté : alimentation, énergie, loyer.',
    ],
    [
      'pimms',
      'Médiation CAF et CPAM',
      ['difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits'],
      'Aide aux démarches CAF (RSA, APL, prime d’activité) et CPAM, sans rendez-vous.',
    ],
    [
      'pimms',
      'Médiation énergie et eau',
      ['difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere'],
      'Impayés d’électricité, de gaz ou d’eau : échéancier, chèque énergie.',
    ],
    [
      'pimms',
      'Accompagnement au numérique',
      ['numerique--acceder-a-des-services-en-ligne'],
      'Créer ses comptes en ligne (CAF, ameli, impots.gouv) et faire ses démarches.',
    ],
    [
      'caf',
      'Rendez-vous droits CAF',
      ['difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits'],
      'Examen de la situation, ouverture du RSA, de la prime d’activité et des aides au logement.',
    ],
    [
      'cpam',
      'Complémentaire santé solidaire',
      ['sante--acces-aux-soins'],
      'Demande de CSS et accompagnement vers les soins.',
    ],
    [
      'mdm',
      'Accompagnement social global',
      [
        'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits',
        'famille--soutien-a-la-parentalite-et-a-leducation',
      ],
      'Suivi par un travailleur social de secteur, accompagnement RSA.',
    ],
    [
      'pcb',
      'Conseil budgétaire',
      [
        'difficultes-financieres--ameliorer-sa-gestion-budgetaire',
        'difficultes-financieres--situation-dendettement-surendettement',
      ],
      'Faire le point sur son budget, ses dettes, préparer un dossier de surendettement.',
    ],
    [
      'pcb',
      'Prévention des expulsions',
      [
        'logement-hebergement--reduire-les-impayes-de-loyer',
        'logement-hebergement--se-maintenir-dans-le-logement',
      ],
      'Impayés de loyer : plan d’apurement, FSL, lien avec le bailleur.',
    ],
    [
      'cidff',
      'Permanence juridique',
      ['famille--surmonter-conflits-separation-violence'],
      'Information sur les droits en cas de séparation, de violences, pension alimentaire.',
    ],
    [
      'resto',
      'Aide alimentaire',
      ['equipement-et-alimentation--alimentation'],
      'Distribution de repas et de colis, inscription sur place.',
    ],
  ] as const
).map(([structure, nom, thematiques, description], index) => ({
  source: 'znr-demo',
  id: `znr-demo--service-${index + 1}`,
  structure_id: `znr-demo--${structure}`,
  nom,
  description,
  date_maj: '2026-09-01',
  thematiques: [...thematiques],
  modes_accueil: ['en-presentiel'],
  publics: ['tous-publics'],
  frais: 'gratuit',
  zone_eligibilite: ['69259'],
  modes_mobilisation: [],
  mobilisable_par: ['professionnels', 'usagers'],
}));

const blockages: {
  title: string;
  description: string;
  benefit: BenefitId | null;
  institution: 'caf' | 'cpam' | 'departement' | 'prefecture_etat' | 'msa';
  path: [BlockageStatus, string][];
  answer?: string;
}[] = [
  {
    title: 'Pièces justificatives demandées deux fois',
    description: 'La CAF redemande l’avis d’imposition déjà transmis lors du dépôt du RSA.',
    benefit: 'rsa',
    institution: 'caf',
    path: [
      ['signale', '2026-06-12'],
      ['transmis', '2026-06-20'],
      ['en_cours', '2026-07-05'],
      ['resolu', '2026-09-02'],
    ],
    answer: 'Consigne rappelée aux agents d’accueil ; contrôle des doublons ajouté.',
  },
  {
    title: 'Délai d’ouverture de la CSS supérieur à trois mois',
    description:
      'Plusieurs demandes de complémentaire santé solidaire restent sans réponse après trois mois.',
    benefit: 'css',
    institution: 'cpam',
    path: [
      ['signale', '2026-07-08'],
      ['transmis', '2026-07-15'],
      ['en_cours', '2026-08-30'],
    ],
  },
  {
    title: 'Prime d’activité refusée aux apprentis de moins de 18 ans',
    description: 'Demandes déposées par erreur ; information à faire aux familles.',
    benefit: 'ppa',
    institution: 'caf',
    path: [
      ['signale', '2026-08-02'],
      ['transmis', '2026-08-10'],
      ['sans_suite', '2026-09-15'],
    ],
    answer: 'Règle confirmée : la condition d’âge s’applique.',
  },
  {
    title: 'Rendez-vous en préfecture introuvables pour les titres de séjour',
    description: 'Pas de créneau en ligne : les droits CAF sont suspendus à l’expiration du titre.',
    benefit: null,
    institution: 'prefecture_etat',
    path: [
      ['signale', '2026-09-18'],
      ['transmis', '2026-10-01'],
    ],
  },
  {
    title: 'Aides au logement suspendues sans courrier',
    description: 'Des ménages découvrent la suspension de l’APL sur leur relevé bancaire.',
    benefit: 'aide_logement',
    institution: 'caf',
    path: [['signale', '2026-10-22']],
  },
  {
    title: 'Orientation RSA : délai de premier rendez-vous',
    description:
      'Plus de deux mois entre l’ouverture du RSA et le premier rendez-vous d’accompagnement.',
    benefit: 'rsa',
    institution: 'departement',
    path: [['signale', '2026-11-04']],
  },
];

/** Seeds the demo territory's pilotage data once; returns whether it wrote anything. */
export async function seedDemoPilotage(
  db: Kysely<Database>,
  territoryId: string,
  organisationIds: Map<string, string>,
  userIds: { ambassadeur: string; travailleurSocial: string; coordinateur: string },
): Promise<boolean> {
  const existing = await db
    .selectFrom('outreach_action')
    .select('id')
    .where('territory_id', '=', territoryId)
    .executeTakeFirst();
  if (existing !== undefined) return false;
  const organisations = [...organisationIds.values()];
  const pimms = organisationIds.get('PIMMS Médiation Vénissieux') ?? organisations[0] ?? '';
  const ccas = organisationIds.get('CCAS de Vénissieux') ?? organisations[0] ?? '';
  const random = generator(20261123);
  const commune = findCommune('69259')?.name ?? 'Vénissieux';

  await db.transaction().execute(async (trx) => {
    for (const month of months) {
      for (const [index, type] of outreachTypes.entries()) {
        // Every type each month, the frequent ones (maraude, permanence) twice.
        const times = index % 3 === 0 ? 2 : 1;
        for (let time = 0; time < times; time++) {
          const [quartier, qpv] = quartiers[random(quartiers.length)] ?? ['Centre', false];
          const byAmbassador = random(3) > 0;
          const peopleMet = 6 + random(30);
          const wentToBilan = Math.floor((peopleMet * (1 + random(4))) / 10);
          const { id } = await trx
            .insertInto('outreach_action')
            .values({
              territory_id: territoryId,
              organisation_id: byAmbassador ? pimms : ccas,
              type,
              type_other: type === 'autre' ? 'Fête de quartier' : null,
              held_on: `${month}-${String(2 + random(26)).padStart(2, '0')}`,
              duration_minutes: 60 + 30 * random(6),
              insee_code: '69259',
              commune,
              quartier,
              qpv,
              people_met: peopleMet,
              went_to_bilan: wentToBilan,
              went_to_case_file: Math.floor(wentToBilan / 2),
              client_id: randomUUID(),
              created_by: byAmbassador ? userIds.ambassadeur : userIds.travailleurSocial,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          // Counts for about half of the people met, spread over a few bands.
          let left = Math.floor(peopleMet / 2);
          const seen = new Set<string>();
          while (left > 0) {
            const ageBand = ageBands[random(ageBands.length)] ?? 'inconnu';
            const sex = sexes[random(2)] ?? 'inconnu';
            if (seen.has(`${ageBand}/${sex}`)) break;
            seen.add(`${ageBand}/${sex}`);
            const people = 1 + random(left);
            await trx
              .insertInto('outreach_action_count')
              .values({ action_id: id, age_band: ageBand, sex, people })
              .execute();
            left -= people;
          }
          await trx
            .insertInto('outreach_action_team')
            .values([
              { action_id: id, organisation_id: byAmbassador ? pimms : ccas },
              ...(random(2) === 0
                ? [{ action_id: id, organisation_id: byAmbassador ? ccas : pimms }]
                : []),
            ])
            .execute();
        }
      }
    }

    const structureIds = new Map<string, string>();
    for (const record of structures) {
      const organisationId = organisationIds.get(record.nom) ?? null;
      const { id } = await trx
        .insertInto('network_structure')
        .values({
          ...structureColumns(record),
          territory_id: territoryId,
          organisation_id: organisationId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      structureIds.set(record.id, id);
    }
    for (const record of services) {
      const structure = structures.find((s) => s.id === record.structure_id);
      await trx
        .insertInto('network_service')
        .values({
          ...serviceColumns(record, structure?.nom ?? ''),
          territory_id: territoryId,
          structure_id: structureIds.get(record.structure_id) ?? '',
        })
        .execute();
    }

    const themes = [
      'Prime d’activité',
      'Chèque énergie',
      'Complémentaire santé solidaire',
      'Prévention des expulsions',
      'RSA des jeunes parents',
    ];
    for (const [index, theme] of themes.entries()) {
      await trx
        .insertInto('workshop')
        .values({
          territory_id: territoryId,
          held_on: `${months[index + 1] ?? '2026-11'}-14`,
          theme,
          organisation_ids: organisations.slice(0, 3 + (index % 4)),
          participants: 8 + 3 * index,
          follow_ups: index % 2 === 0 ? 'Fiche réflexe diffusée aux partenaires.' : null,
          created_by: userIds.coordinateur,
        })
        .execute();
    }

    for (const blockage of blockages) {
      const last = blockage.path[blockage.path.length - 1] ?? ['signale', '2026-11-01'];
      const on = (status: BlockageStatus) => blockage.path.find(([s]) => s === status)?.[1] ?? null;
      const { id } = await trx
        .insertInto('blockage')
        .values({
          territory_id: territoryId,
          organisation_id: pimms,
          title: blockage.title,
          description: blockage.description,
          benefit: blockage.benefit,
          institution: blockage.institution,
          examples:
            'Une famille de trois enfants, dossier déposé au printemps (exemple anonymisé).',
          status: last[0],
          owner_id: userIds.coordinateur,
          raised_on: blockage.path[0]?.[1] ?? '2026-11-01',
          transmitted_on: on('transmis'),
          resolved_on: on('resolu') ?? on('sans_suite'),
          answer: blockage.answer ?? null,
          created_by: userIds.ambassadeur,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('blockage_status_change')
        .values(
          blockage.path.map(([status, day], step) => ({
            blockage_id: id,
            territory_id: territoryId,
            status,
            changed_on: day,
            changed_by: step === 0 ? userIds.ambassadeur : userIds.coordinateur,
          })),
        )
        .execute();
    }
  });
  return true;
}
