import type { BenefitId } from '@znr/rules';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../db/with-actor.ts';
import type { Role } from '../tenancy/roles.ts';
import {
  type RightStage,
  type ClosureReason,
  answerReferral,
  type ReferralAnswer,
  createHousehold,
  type PersonInput,
  openRight,
  recordConsent,
  referHousehold,
} from '../suivi/index.ts';
import { addMember } from '../tenancy/add-member.ts';

// Fictitious case files of the demo territory: households in two organisations (PIMMS and CCAS),
// referrals between partners in every state, and followed rights at every stage. Written through
// the services, so the audit log holds their creation like any other.

/** The demo CAF agent, who answers the referrals sent to the CAF. */
export const DEMO_CAF_LOGIN = {
  email: 'agent-caf@demo.zero-non-recours.fr',
  displayName: 'Nadia Haddad',
  role: 'travailleur_social' as Role,
  organisation: 'CAF du Rhône',
};

interface DemoRight {
  benefit: BenefitId;
  stage: RightStage;
  estimatedMonthly?: number;
  actualMonthly?: number;
  closureReason?: ClosureReason;
}

interface DemoCase {
  owner: 'PIMMS Médiation Vénissieux' | 'CCAS de Vénissieux';
  quartier: string;
  persons: PersonInput[];
  rights: DemoRight[];
  referral?: {
    to: string;
    purpose: string;
    answers?: ReferralAnswer[];
    /** Sent this many days ago: past the reminder delay, it waits in the inbox (and gets its task). */
    sentDaysAgo?: number;
  };
}

const cases: DemoCase[] = [
  {
    owner: 'PIMMS Médiation Vénissieux',
    quartier: 'Moulin-à-Vent',
    persons: [
      {
        role: 'demandeur',
        firstName: 'Fatoumata',
        lastName: 'Camara',
        birthDate: '1986-05-02',
        phone: '04 65 71 10 01',
      },
      { role: 'enfant', firstName: 'Ibrahima', lastName: 'Camara', birthDate: '2015-09-12' },
    ],
    rights: [
      { benefit: 'rsa', stage: 'demarche_engagee', estimatedMonthly: 512.2 },
      { benefit: 'css', stage: 'demarche_a_faire' },
    ],
    referral: {
      to: 'CAF du Rhône',
      purpose: 'Ouverture du RSA',
      answers: [{ status: 'acceptee' }],
    },
  },
  {
    owner: 'PIMMS Médiation Vénissieux',
    quartier: 'Moulin-à-Vent',
    persons: [
      { role: 'demandeur', firstName: 'Gérard', lastName: 'Lefèvre', birthDate: '1957-11-30' },
    ],
    rights: [{ benefit: 'aspa', stage: 'identifie', estimatedMonthly: 180 }],
    referral: {
      to: 'CCAS de Vénissieux',
      purpose: 'Accompagnement à la demande d’ASPA',
      sentDaysAgo: 9,
    },
  },
  {
    owner: 'CCAS de Vénissieux',
    quartier: 'Parilly',
    persons: [
      { role: 'demandeur', firstName: 'Yasmina', lastName: 'Belkacem', birthDate: '1979-02-17' },
      { role: 'conjoint', firstName: 'Rachid', lastName: 'Belkacem', birthDate: '1977-07-08' },
    ],
    rights: [
      { benefit: 'aah', stage: 'ouvert', estimatedMonthly: 1016, actualMonthly: 1016.05 },
      { benefit: 'aide_logement', stage: 'refuse', closureReason: 'ressources_trop_elevees' },
    ],
    referral: {
      to: 'CPAM du Rhône',
      purpose: 'Complémentaire santé solidaire',
      answers: [{ status: 'refusee', reason: 'Dossier déjà suivi par la CPAM.' }],
    },
  },
  {
    owner: 'CCAS de Vénissieux',
    quartier: 'Minguettes',
    persons: [{ role: 'demandeur', firstName: 'Linh', lastName: 'Tran', birthDate: '1992-04-25' }],
    rights: [
      { benefit: 'cheque_energie', stage: 'abandonne', closureReason: 'personne_injoignable' },
      { benefit: 'rsa', stage: 'non_eligible' },
      { benefit: 'ppa', stage: 'ouvert', estimatedMonthly: 160, actualMonthly: 171.3 },
    ],
    referral: {
      to: 'Association Accès aux droits Vénissieux',
      purpose: 'Aide aux démarches en ligne',
      answers: [
        { status: 'acceptee' },
        { status: 'cloturee', outcome: 'Compte en ligne créé, démarches faites avec la personne.' },
      ],
    },
  },
];

/**
 * Seeds the demo case files once (nothing happens when the territory already has households) and
 * the CAF agent's account. `organisationIds` maps the demo organisations' names to their ids.
 */
export async function seedDemoCases(
  db: Kysely<Database>,
  territoryId: string,
  organisationIds: Map<string, string>,
  password: string,
): Promise<void> {
  const orgId = (name: string): string => organisationIds.get(name) ?? '';
  const caf = await addMember(db, {
    ...DEMO_CAF_LOGIN,
    organisationId: orgId(DEMO_CAF_LOGIN.organisation),
    password,
  });
  const existing = await db
    .selectFrom('household')
    .select('id')
    .where('territory_id', '=', territoryId)
    .executeTakeFirst();
  if (existing !== undefined) return;

  // Each organisation acts through one of its members (the demo accounts of seedDemo).
  const members = await db
    .selectFrom('membership')
    .select(['user_id', 'organisation_id', 'role'])
    .where('organisation_id', 'in', [...organisationIds.values()])
    .where('role', 'in', ['ambassadeur', 'travailleur_social'])
    .execute();
  const actorOf = (organisationId: string): Actor => {
    const member = members.find((m) => m.organisation_id === organisationId);
    return { userId: member?.user_id ?? caf.userId, organisationId, role: 'travailleur_social' };
  };
  const receivers = new Map<string, Actor>();
  for (const name of organisationIds.keys()) {
    if (name === DEMO_CAF_LOGIN.organisation) {
      receivers.set(name, {
        userId: caf.userId,
        organisationId: orgId(name),
        role: 'travailleur_social',
      });
    } else {
      receivers.set(name, actorOf(orgId(name)));
    }
  }

  for (const demo of cases) {
    const actor = actorOf(orgId(demo.owner));
    const householdId = await createHousehold(db, actor, {
      inseeCode: '69259',
      commune: 'Vénissieux',
      quartier: demo.quartier,
      qpv: true,
      persons: demo.persons,
    });
    await recordConsent(db, actor, householdId, {
      scope: 'bilan',
      method: 'oral',
      givenOn: '2026-11-02',
    });
    for (const right of demo.rights) await openRight(db, actor, householdId, right);
    if (demo.referral === undefined) continue;
    const referralId = await referHousehold(db, actor, householdId, {
      toOrganisationId: orgId(demo.referral.to),
      purpose: demo.referral.purpose,
      shares: ['personnes', 'bilans', 'droits'],
      consent: { method: 'oral', givenOn: '2026-11-02' },
    });
    if (referralId !== undefined && demo.referral.sentDaysAgo !== undefined) {
      await sql`update referral set created_at = now() - make_interval(days => ${demo.referral.sentDaysAgo})
        where id = ${referralId}`.execute(db);
    }
    const receiver = receivers.get(demo.referral.to);
    if (referralId === undefined || receiver === undefined) continue;
    for (const answer of demo.referral.answers ?? []) {
      await answerReferral(db, receiver, referralId, answer);
    }
  }
}
