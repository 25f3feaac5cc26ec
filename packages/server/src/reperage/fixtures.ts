import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { buildOrganisation, buildUser, type BuiltUser } from '../test/factories.ts';

/** One partner row of a fixture: identity in clear and attributes. */
export interface FixtureRow {
  identity: {
    lastName: string;
    firstNames: string;
    birthDate?: string;
    phone?: string;
    email?: string;
    address?: string;
    postcode?: string;
    commune?: string;
  };
  attributes: Record<string, string | number | boolean>;
}

/** What {@link buildLinkedRun} creates. */
export interface LinkedRun {
  coordinator: BuiltUser;
  ambassador: BuiltUser;
  evaluator: BuiltUser;
  /** An ambassador of an organisation that is not party to the agreement. */
  outsider: BuiltUser;
  agreementId: string;
  linkageRunId: string;
  /** Record ids per cluster, in the order given. */
  clusters: string[][];
}

/**
 * A finished linkage run as the data side of repérage leaves it (agreement, two imports — a
 * bailleur's and the CAF's —, records, identities, clusters), written directly as the database
 * owner: the outreach tests start where the data side ends. Each cluster lists its rows, the first
 * from the bailleur, the others from the CAF; `score` is every member's link score.
 */
export async function buildLinkedRun(
  db: Kysely<Database>,
  clusters: FixtureRow[][],
  score = 0.9,
): Promise<LinkedRun> {
  const coordinator = await buildUser(db, { role: 'coordinateur' });
  const territoryId = coordinator.organisation.territory_id;
  const bailleur = await buildOrganisation(db, {
    territoryId,
    type: 'bailleur_social',
    name: `Bailleur ${territoryId.slice(0, 6)}`,
  });
  const ambassador = await buildUser(db, { role: 'ambassadeur', organisation: bailleur });
  const evaluator = await buildUser(db, {
    role: 'evaluateur',
    organisation: coordinator.organisation,
  });
  const outsider = await buildUser(db, {
    role: 'ambassadeur',
    organisation: await buildOrganisation(db, { territoryId }),
  });
  const { id: agreementId } = await db
    .insertInto('data_agreement')
    .values({
      territory_id: territoryId,
      title: 'Convention repérage test',
      purpose: 'Repérage du non-recours',
      legal_basis: 'article L.114-8 du CRPA (loi 3DS)',
      parties: [coordinator.organisation.id, bailleur.id],
      fields: ['nom', 'prenoms', 'loyer_mensuel'],
      retention_months: 12,
      dpo_contact: 'dpo@example.org',
      valid_from: '2020-01-01',
      valid_to: '2099-12-31',
      status: 'active',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const importOf = async (organisationId: string, partner: string) =>
    (
      await db
        .insertInto('partner_import')
        .values({
          agreement_id: agreementId,
          organisation_id: organisationId,
          partner,
          file_name: `${partner}.csv`,
          file_sha256: (partner === 'CAF' ? 'a' : 'b').repeat(64),
          file_format: 'csv',
          status: 'terminee',
          mapping: '{}',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const imports = [
    await importOf(bailleur.id, 'Bailleur test'),
    await importOf(coordinator.organisation.id, 'CAF'),
  ];
  const { id: linkageRunId } = await db
    .insertInto('linkage_run')
    .values({
      agreement_id: agreementId,
      territory_id: territoryId,
      import_ids: imports,
      status: 'terminee',
      progress: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ids: string[][] = [];
  let line = 2;
  for (const [clusterId, rows] of clusters.entries()) {
    const recordIds: string[] = [];
    for (const [k, row] of rows.entries()) {
      const importId = imports[k === 0 ? 0 : 1]!;
      const organisationId = k === 0 ? bailleur.id : coordinator.organisation.id;
      const { id } = await db
        .insertInto('partner_record')
        .values({
          import_id: importId,
          agreement_id: agreementId,
          organisation_id: organisationId,
          line: line++,
          source_id: `S${line}`,
          encodings: '{}',
          attributes: JSON.stringify(row.attributes),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const i = row.identity;
      await db
        .insertInto('partner_record_identity')
        .values({
          record_id: id,
          organisation_id: organisationId,
          last_name: i.lastName,
          birth_name: null,
          first_names: i.firstNames,
          birth_date: i.birthDate ?? null,
          sex: null,
          address: i.address ?? null,
          postcode: i.postcode ?? null,
          commune: i.commune ?? null,
          phone: i.phone ?? null,
          email: i.email ?? null,
        })
        .execute();
      await db
        .insertInto('linkage_cluster_member')
        .values({
          run_id: linkageRunId,
          cluster_id: clusterId,
          record_id: id,
          score: rows.length > 1 ? score : 1,
        })
        .execute();
      recordIds.push(id);
    }
    ids.push(recordIds);
  }
  return { coordinator, ambassador, evaluator, outsider, agreementId, linkageRunId, clusters: ids };
}

/**
 * Three linked persons with known answers: Dupont (bailleur + CAF: arrears, no housing aid, low pay
 * without prime d'activité, has a phone), Martin (76 in June 2026, 600 € pension, no ASPA, no phone
 * nor e-mail), Bernard (well paid: nothing missed).
 */
export const sampleClusters: FixtureRow[][] = [
  // A tenant in arrears (bailleur) whom the CAF pays no housing aid nor prime d'activité.
  [
    {
      identity: {
        lastName: 'Dupont',
        firstNames: 'Marie',
        birthDate: '1988-04-12',
        phone: '0611223344',
        address: '3 rue Paul Bert',
        postcode: '69200',
        commune: 'Vénissieux',
      },
      attributes: {
        statut_occupation: 'locataire',
        loyer_mensuel: 500,
        dette_loyer: 1500,
        mois_impayes: 3,
        code_insee: '69259',
      },
    },
    {
      identity: { lastName: 'DUPONT', firstNames: 'Marie' },
      attributes: {
        aide_logement_percue: 0,
        salaire_net_mensuel: 1000,
        revenus_mensuels_foyer: 1000,
        prime_activite_percue: false,
      },
    },
  ],
  // A retiree of 76 in June 2026 with a 600 € pension, no ASPA; no phone, no e-mail.
  [
    {
      identity: {
        lastName: 'Martin',
        firstNames: 'Paul',
        birthDate: '1950-03-01',
        address: '8 avenue Jean Jaurès',
        postcode: '69200',
        commune: 'Vénissieux',
      },
      attributes: {
        pension_mensuelle: 600,
        revenus_mensuels_foyer: 600,
        aspa_percue: 'non',
        code_insee: '69259',
      },
    },
  ],
  // Well paid, housing aid paid: nothing missed.
  [
    {
      identity: { lastName: 'Bernard', firstNames: 'Luc' },
      attributes: {
        statut_occupation: 'locataire',
        loyer_mensuel: 700,
        dette_loyer: 0,
        salaire_net_mensuel: 3200,
        prime_activite_percue: 'non',
      },
    },
  ],
];
