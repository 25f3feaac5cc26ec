import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { seededRandom, syntheticFiles } from '@znr/linkage';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../db/with-actor.ts';
import { startJobRunner } from '../jobs/queue.ts';
import {
  createAgreement,
  setAgreementStatus,
  CANONICAL_FIELD_NAMES,
  createImport,
  reperageJobHandlers,
  createLinkageRun,
  partnerCsv,
  previewFile,
  storeUpload,
} from '../reperage/index.ts';
import { addMember } from '../tenancy/add-member.ts';

// Repérage in the demo territory: an active data-sharing agreement between the bailleur, the CAF
// and the CCAS, one fictitious file from each of the first two (imported through the real
// importer) and a linkage run over both, so that detection (reperage-outreach) has clusters to
// read. Names and addresses come from @znr/linkage's synthetic generator: nobody real.

/** Title of the demo agreement; its presence makes the seed idempotent. */
export const DEMO_AGREEMENT_TITLE = 'Convention de repérage du non-recours — Moulin-à-Vent';

/** The demo bailleur's agent, who imports the tenants' file. */
export const DEMO_BAILLEUR_LOGIN = {
  email: 'agent-bailleur@demo.zero-non-recours.fr',
  displayName: 'Olivier Garnier',
  role: 'travailleur_social' as const,
  organisation: 'Habitat Moulin-à-Vent (bailleur social)',
};

function money(random: () => number, low: number, high: number): number {
  return Math.round((low + random() * (high - low)) * 100) / 100;
}

/** The bailleur's tenants: rent, arrears for about a third of them, household size. */
function bailleurFile(records: Parameters<typeof partnerCsv>[0]): string {
  const random = seededRandom(71);
  return partnerCsv(
    records,
    ['Code INSEE', 'Statut', 'Loyer', 'Dette', 'Nb mois impayés', 'Nb personnes'],
    () => {
      const arrears = random() < 0.35;
      return {
        'Code INSEE': '69259',
        Statut: 'locataire',
        Loyer: money(random, 320, 680),
        Dette: arrears ? money(random, 150, 2600) : 0,
        'Nb mois impayés': arrears ? 1 + Math.floor(random() * 6) : 0,
        'Nb personnes': 1 + Math.floor(random() * 5),
      };
    },
  );
}

/** The CAF's allocataires: housing aid (none for some), RSA, prime d'activité, pay, children. */
function cafFile(records: Parameters<typeof partnerCsv>[0]): string {
  const random = seededRandom(72);
  return partnerCsv(
    records,
    ['APL', 'RSA', 'Prime activité', 'Salaire net', 'Revenus foyer', 'Nb enfants'],
    () => {
      const pay = random() < 0.5 ? money(random, 600, 1900) : 0;
      const rsa = pay === 0 && random() < 0.6 ? money(random, 300, 650) : 0;
      return {
        APL: random() < 0.55 ? money(random, 80, 420) : 0,
        RSA: rsa,
        'Prime activité': pay > 0 && random() < 0.5 ? money(random, 60, 280) : 0,
        'Salaire net': pay,
        'Revenus foyer': Math.round((pay + rsa) * 100) / 100,
        'Nb enfants': Math.floor(random() * 4),
      };
    },
  );
}

async function importDemoFile(
  db: Kysely<Database>,
  actor: Actor,
  folder: string,
  agreementId: string,
  partner: string,
  csv: string,
): Promise<string> {
  const stored = await storeUpload(folder, Readable.from([Buffer.from(csv)]), 50 * 1024 * 1024);
  const { mapping } = await previewFile(stored.path, stored.format, undefined, 0);
  const created = await createImport(
    db,
    actor,
    { uploadId: stored.uploadId, agreementId, partner, mapping, fileName: `${partner}.csv` },
    folder,
  );
  if (created === undefined) throw new Error(`Import de démonstration refusé : ${partner}`);
  return created.id;
}

/**
 * Seeds repérage's demo data (idempotent: nothing happens when the demo agreement exists). Runs
 * the import and linkage jobs to their end before returning.
 */
export async function seedDemoReperage(
  db: Kysely<Database>,
  organisationIds: ReadonlyMap<string, string>,
  coordinatorId: string,
  password: string,
): Promise<void> {
  const existing = await db
    .selectFrom('data_agreement')
    .select('id')
    .where('title', '=', DEMO_AGREEMENT_TITLE)
    .executeTakeFirst();
  if (existing !== undefined) return;
  const orgId = (name: string) => organisationIds.get(name) ?? '';
  const ccas = orgId('CCAS de Vénissieux');
  const cafOrganisation = orgId('CAF du Rhône');
  const bailleurOrganisation = orgId(DEMO_BAILLEUR_LOGIN.organisation);
  const bailleur = await addMember(db, {
    ...DEMO_BAILLEUR_LOGIN,
    organisationId: bailleurOrganisation,
    password,
  });
  const caf = await db
    .selectFrom('membership')
    .select('user_id')
    .where('organisation_id', '=', cafOrganisation)
    .where('role', '=', 'travailleur_social')
    .executeTakeFirstOrThrow();
  const coordinator: Actor = { userId: coordinatorId, organisationId: ccas, role: 'coordinateur' };
  const agreementId = await createAgreement(db, coordinator, {
    title: DEMO_AGREEMENT_TITLE,
    purpose:
      'Repérer les ménages qui ne perçoivent pas une aide à laquelle ils ont probablement droit (aide au logement, prime d’activité, RSA, ASPA, CSS) pour leur proposer un rendez-vous.',
    legalBasis: 'article L.114-8 du CRPA (loi 3DS)',
    parties: [ccas, cafOrganisation, bailleurOrganisation],
    fields: [...CANONICAL_FIELD_NAMES],
    retentionMonths: 12,
    dpoContact: 'dpo@demo.zero-non-recours.fr',
    validFrom: '2026-01-01',
    validTo: '2027-12-31',
  });
  await setAgreementStatus(db, coordinator, agreementId, 'active');

  const files = syntheticFiles({ left: 150, right: 200, seed: 2026, overlap: 0.5 });
  const folder = await mkdtemp(path.join(tmpdir(), 'znr-demo-reperage-'));
  const runner = startJobRunner(db, reperageJobHandlers);
  try {
    const bailleurImport = await importDemoFile(
      db,
      { userId: bailleur.userId, organisationId: bailleurOrganisation, role: 'travailleur_social' },
      folder,
      agreementId,
      'Habitat Moulin-à-Vent',
      bailleurFile(files.left),
    );
    const cafImport = await importDemoFile(
      db,
      { userId: caf.user_id, organisationId: cafOrganisation, role: 'travailleur_social' },
      folder,
      agreementId,
      'CAF du Rhône',
      cafFile(files.right),
    );
    runner.wake();
    await runner.idle();
    const runId = await createLinkageRun(db, coordinator, {
      agreementId,
      importIds: [bailleurImport, cafImport],
    });
    runner.wake();
    await runner.idle();
    const run = await db
      .selectFrom('linkage_run')
      .select(['status', 'error'])
      .where('id', '=', runId ?? '')
      .executeTakeFirst();
    if (run?.status !== 'terminee') {
      throw new Error(`Rapprochement de démonstration en échec : ${run?.error ?? 'introuvable'}`);
    }
  } finally {
    await runner.stop();
    await rm(folder, { recursive: true, force: true });
  }
}
