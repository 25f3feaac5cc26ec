import { z } from 'zod';
import { CANONICAL_FIELD_NAMES } from './fields.ts';
import { agreementStatuses, fileFormats, workStatuses } from './vocabulary.ts';

const isoDate = z.iso.date().describe('Date au format AAAA-MM-JJ');
const text = (max: number) => z.string().trim().min(1).max(max);
/** A field name of the catalogue: what agreements share and mappings target. */
const canonicalFieldName = z.enum(CANONICAL_FIELD_NAMES as [string, ...string[]]);

/** `:id` of a repérage resource. */
export const idParamsSchema = z.object({ id: z.uuid() });

/** A canonical field of the catalogue. */
export const fieldSchema = z.object({
  name: canonicalFieldName,
  label: z.string(),
  kind: z.enum(['identite', 'attribut']),
  type: z.string(),
  unit: z.string().optional(),
  values: z.array(z.string()).optional(),
  headers: z.array(z.string()),
});

/** What a coordinator fills in to create a data-sharing agreement. */
export const agreementInputSchema = z.object({
  title: text(200).describe('Intitulé de la convention'),
  purpose: text(2000).describe('Finalité du traitement'),
  legalBasis: text(500).describe('Base légale, par exemple « article L.114-8 du CRPA (loi 3DS) »'),
  parties: z.array(z.uuid()).min(1).max(50).describe('Organisations parties à la convention'),
  fields: z.array(canonicalFieldName).min(1).describe('Champs partagés (noms du catalogue)'),
  retentionMonths: z.number().int().min(1).max(120).describe('Durée de conservation, en mois'),
  dpoContact: text(300).describe('Contact du délégué à la protection des données'),
  validFrom: isoDate,
  validTo: isoDate,
});

/** An agreement as the API shows it (never its key). */
export const agreementSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  purpose: z.string(),
  legalBasis: z.string(),
  parties: z.array(z.object({ id: z.uuid(), name: z.string() })),
  fields: z.array(canonicalFieldName),
  retentionMonths: z.number(),
  dpoContact: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  status: z.enum(agreementStatuses),
  usable: z.boolean().describe('Active et dans ses dates aujourd’hui'),
  refusal: z.string().nullable().describe('Pourquoi rien ne peut tourner, sinon null'),
  createdAt: z.string(),
});

export const agreementStatusSchema = z.object({ status: z.enum(agreementStatuses) });

/** The changes of an agreement's terms, newest first. */
export const agreementHistorySchema = z.array(
  z.object({
    version: z.number().int(),
    changedAt: z.string(),
    changedBy: z.string().nullable().describe('Nom de la personne, null si son compte a disparu'),
    changes: z.array(
      z.object({
        term: agreementInputSchema
          .keyof()
          .describe('Terme modifié (nom du champ de la convention)'),
        before: z.unknown(),
        after: z.unknown(),
      }),
    ),
  }),
);

/** Mapping header → canonical field (null: column ignored). */
export const mappingSchema = z.record(z.string(), z.string().nullable());

export const uploadQuerySchema = z.object({
  partner: text(200).describe('Source du fichier, par exemple « Bailleur Est Métropole »'),
});

export const uploadSchema = z.object({
  uploadId: z.uuid(),
  fileName: z.string(),
  format: z.enum(fileFormats),
  bytes: z.number(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())).describe('Premières lignes, pour vérifier la correspondance'),
  mapping: mappingSchema.describe(
    'Correspondance proposée (enregistrée pour ce partenaire ou reconnue)',
  ),
});

export const importInputSchema = z.object({
  uploadId: z.uuid(),
  agreementId: z.uuid(),
  partner: text(200),
  fileName: text(255),
  mapping: mappingSchema,
});

export const importCreatedSchema = z.object({
  id: z.uuid(),
  existing: z.boolean().describe('Ce fichier avait déjà été importé sous cette convention'),
});

const rejectedSchema = z.object({
  line: z.number(),
  column: z.string().nullable(),
  reason: z.string(),
});

export const importSummarySchema = z.object({
  id: z.uuid(),
  agreementId: z.uuid(),
  organisation: z.string(),
  partner: z.string(),
  fileName: z.string(),
  format: z.enum(fileFormats),
  status: z.enum(workStatuses),
  progress: z.number(),
  rowsTotal: z.number(),
  rowsValid: z.number(),
  rowsRejected: z.number(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const importDetailSchema = importSummarySchema.extend({
  mapping: mappingSchema,
  report: z.array(rejectedSchema),
});

export const runInputSchema = z.object({
  importIds: z.array(z.uuid()).min(2).describe('Imports à rapprocher (deux ou plus)'),
});

/** The quality of one pair of files in a finished linkage run. */
const pairQualitySchema = z.object({
  leftImportId: z.string(),
  rightImportId: z.string(),
  leftRecords: z.number(),
  rightRecords: z.number(),
  candidatePairs: z.number(),
  keptPairs: z.number(),
  expectedPrecision: z.number(),
  expectedRecall: z.number(),
  estimatedMatches: z.number(),
  fields: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      levels: z.array(z.string()),
      m: z.array(z.number()),
      u: z.array(z.number()),
    }),
  ),
});

/** What a finished linkage run reports (stored in `linkage_run.quality`). */
const runQualitySchema = z.object({
  threshold: z.number(),
  records: z.number(),
  clusters: z.number(),
  clustersBySize: z.record(z.string(), z.number()),
  pairs: z.array(pairQualitySchema),
  seconds: z.number(),
});

export const runSchema = z.object({
  id: z.uuid(),
  agreementId: z.uuid(),
  importIds: z.array(z.uuid()),
  status: z.enum(workStatuses),
  progress: z.number(),
  stage: z.string().nullable(),
  quality: runQualitySchema
    .nullable()
    .describe('Paires, grappes, paramètres m/u, précision et rappel estimés'),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const createdSchema = z.object({ id: z.uuid() });
