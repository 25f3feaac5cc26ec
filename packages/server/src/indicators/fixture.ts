import type { BenefitId } from '@znr/rules';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { OutreachType } from '../pilotage/index.ts';
import { buildOrganisation, buildTerritory, buildUser, type BuiltUser } from '../test/factories.ts';

// The indicators' fixture, written straight into the tables (as the database owner, with chosen
// dates). Territory A has two organisations, four households, two actions, a workshop and two
// blockages; territory B one household with an opened RSA. indicators.test.ts computes every
// expected value by hand from this list.
//
//  H1  O1  Minguettes  2026-01-10  suivi social non  met in action A1  bilan 01-10
//        rsa            created 01-10, engagée 01-20, ouvert 02-19 (40 days), 600 €/month
//        aide_logement  created 01-10, refusé 02-05 (refused counts as engaged)
//  H2  O1  Minguettes  2026-01-15  suivi social oui                    bilans 01-15 and 02-03
//        prime_activite created 01-15, ouvert 01-25 (10 days), 200 € estimated, no actual amount
//  H3  O2  (none)      2026-02-10  suivi social not asked              bilan 02-10
//        css            created 02-10, non éligible (not identified)
//  H4  O2  Centre      2026-02-20  suivi social non                    no bilan, no right
//  A1  O1  maraude     2026-01-12  Minguettes  10 people met, team O1 + O2
//  A2  O2  permanence  2026-02-14  Centre       6 people met, team O2
//  W1  workshop 2026-02-18, organisations O1 + O2, 14 participants
//  B1  blockage CAF rsa raised 2026-01-08, résolu 2026-02-20;  B2  CPAM raised 2026-02-02, signalé
//  H5  (territory B) O3  2026-01-05  bilan 01-05  rsa created 01-05, ouvert 01-20, 500 €

export interface IndicatorFixture {
  territoryA: string;
  territoryB: string;
  o1: string;
  o2: string;
  coordinateurA: BuiltUser;
  evaluateur: BuiltUser;
  ambassadeurA: BuiltUser;
}

const at = (day: string) => new Date(`${day}T10:00:00Z`);

async function household(
  db: Kysely<Database>,
  values: {
    territory: string;
    organisation: string;
    quartier: string | null;
    created: string;
    social: 'oui' | 'non' | null;
    met?: boolean;
    bilans: string[];
    rights: {
      benefit: BenefitId;
      stages: [string, string][];
      estimated?: number;
      actual?: number;
    }[];
  },
): Promise<void> {
  const { id } = await db
    .insertInto('household')
    .values({
      organisation_id: values.organisation,
      territory_id: values.territory,
      quartier: values.quartier,
      social_follow_up: values.social,
      met_in_outreach: values.met ?? false,
      created_at: at(values.created),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const day of values.bilans) {
    await db
      .insertInto('bilan')
      .values({
        household_id: id,
        organisation_id: values.organisation,
        period: day.slice(0, 7),
        engine_version: 'test',
        parameters_version: 'test',
        situation: '{}',
        results: '{}',
        created_at: at(day),
      })
      .execute();
  }
  for (const right of values.rights) {
    const last = right.stages.at(-1) as [string, string];
    const row = await db
      .insertInto('right_follow_up')
      .values({
        household_id: id,
        organisation_id: values.organisation,
        benefit: right.benefit,
        stage: last[1] as never,
        estimated_monthly: right.estimated ?? null,
        actual_monthly: right.actual ?? null,
        closure_reason: last[1] === 'refuse' ? 'conditions_non_remplies' : null,
        created_at: at(right.stages[0]?.[0] ?? values.created),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [day, stage] of right.stages) {
      await db
        .insertInto('right_stage_history')
        .values({
          right_id: row.id,
          household_id: id,
          organisation_id: values.organisation,
          stage: stage as never,
          changed_at: at(day),
        })
        .execute();
    }
  }
}

async function action(
  db: Kysely<Database>,
  values: {
    territory: string;
    organisation: string;
    type: OutreachType;
    day: string;
    quartier: string;
    people: number;
    team: string[];
  },
): Promise<void> {
  const { id } = await db
    .insertInto('outreach_action')
    .values({
      territory_id: values.territory,
      organisation_id: values.organisation,
      type: values.type,
      held_on: values.day,
      quartier: values.quartier,
      people_met: values.people,
      duration_minutes: 120,
      client_id: crypto.randomUUID(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const organisation of values.team) {
    await db
      .insertInto('outreach_action_team')
      .values({ action_id: id, organisation_id: organisation })
      .execute();
  }
}

/** Builds the fixture described above. */
export async function buildIndicatorFixture(db: Kysely<Database>): Promise<IndicatorFixture> {
  const territoryA = (await buildTerritory(db, { name: 'Territoire A' })).id;
  const territoryB = (await buildTerritory(db, { name: 'Territoire B' })).id;
  const o1 = await buildOrganisation(db, { territoryId: territoryA, name: 'CCAS de A' });
  const o2 = await buildOrganisation(db, {
    territoryId: territoryA,
    name: 'Association de A',
    type: 'association',
  });
  const o3 = await buildOrganisation(db, { territoryId: territoryB, name: 'CCAS de B' });
  const national = await buildOrganisation(db, { name: 'Comité national', type: 'service_etat' });

  await household(db, {
    territory: territoryA,
    organisation: o1.id,
    quartier: 'Minguettes',
    created: '2026-01-10',
    social: 'non',
    met: true,
    bilans: ['2026-01-10'],
    rights: [
      {
        benefit: 'rsa',
        stages: [
          ['2026-01-10', 'identifie'],
          ['2026-01-20', 'demarche_engagee'],
          ['2026-02-19', 'ouvert'],
        ],
        estimated: 550,
        actual: 600,
      },
      {
        benefit: 'aide_logement',
        stages: [
          ['2026-01-10', 'identifie'],
          ['2026-02-05', 'refuse'],
        ],
        estimated: 250,
      },
    ],
  });
  await household(db, {
    territory: territoryA,
    organisation: o1.id,
    quartier: 'Minguettes',
    created: '2026-01-15',
    social: 'oui',
    bilans: ['2026-01-15', '2026-02-03'],
    rights: [
      {
        benefit: 'ppa',
        stages: [
          ['2026-01-15', 'identifie'],
          ['2026-01-25', 'ouvert'],
        ],
        estimated: 200,
      },
    ],
  });
  await household(db, {
    territory: territoryA,
    organisation: o2.id,
    quartier: null,
    created: '2026-02-10',
    social: null,
    bilans: ['2026-02-10'],
    rights: [{ benefit: 'css', stages: [['2026-02-10', 'non_eligible']] }],
  });
  await household(db, {
    territory: territoryA,
    organisation: o2.id,
    quartier: 'Centre',
    created: '2026-02-20',
    social: 'non',
    bilans: [],
    rights: [],
  });
  await household(db, {
    territory: territoryB,
    organisation: o3.id,
    quartier: 'Gare',
    created: '2026-01-05',
    social: null,
    bilans: ['2026-01-05'],
    rights: [
      {
        benefit: 'rsa',
        stages: [
          ['2026-01-05', 'identifie'],
          ['2026-01-20', 'ouvert'],
        ],
        actual: 500,
      },
    ],
  });

  await action(db, {
    territory: territoryA,
    organisation: o1.id,
    type: 'maraude',
    day: '2026-01-12',
    quartier: 'Minguettes',
    people: 10,
    team: [o1.id, o2.id],
  });
  await action(db, {
    territory: territoryA,
    organisation: o2.id,
    type: 'permanence',
    day: '2026-02-14',
    quartier: 'Centre',
    people: 6,
    team: [o2.id],
  });
  await db
    .insertInto('workshop')
    .values({
      territory_id: territoryA,
      held_on: '2026-02-18',
      theme: 'Accès aux droits',
      organisation_ids: [o1.id, o2.id],
      participants: 14,
    })
    .execute();
  for (const blockage of [
    {
      institution: 'caf' as const,
      benefit: 'rsa' as const,
      raised_on: '2026-01-08',
      status: 'resolu' as const,
      resolved_on: '2026-02-20',
    },
    {
      institution: 'cpam' as const,
      benefit: null,
      raised_on: '2026-02-02',
      status: 'signale' as const,
      resolved_on: null,
    },
  ]) {
    await db
      .insertInto('blockage')
      .values({
        territory_id: territoryA,
        organisation_id: o1.id,
        title: 'Délais',
        description: 'Délais d’instruction',
        ...blockage,
      })
      .execute();
  }

  return {
    territoryA,
    territoryB,
    o1: o1.id,
    o2: o2.id,
    coordinateurA: await buildUser(db, { role: 'coordinateur', organisation: o1 }),
    ambassadeurA: await buildUser(db, { role: 'ambassadeur', organisation: o1 }),
    evaluateur: await buildUser(db, { role: 'evaluateur', organisation: national }),
  };
}
