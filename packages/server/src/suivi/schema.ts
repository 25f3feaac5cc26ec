import { choosableBenefitIds } from '@znr/rules';
import { z } from 'zod';
import {
  closureReasons,
  consentMethods,
  consentScopes,
  personRoles,
  referralStatuses,
  rightStages,
  sharedParts,
  socialFollowUps,
  taskStatuses,
} from './vocabulary.ts';
import { parseBirthDate } from './search-query.ts';

const isoDate = z.iso.date().describe('Date au format AAAA-MM-JJ');
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** `:id` of a case-file resource. */
export const idParamsSchema = z.object({ id: z.uuid() });

/** A person as entered. */
export const personInputSchema = z.object({
  role: z.enum(personRoles).describe('Place dans le ménage'),
  firstName: z.string().trim().min(1).max(100).describe('Prénom'),
  lastName: z.string().trim().min(1).max(100).describe('Nom'),
  birthDate: isoDate.nullable().optional(),
  phone: optionalText(30),
  email: z.email().max(254).nullable().optional(),
});

const householdFields = {
  address: optionalText(300).describe('Adresse postale'),
  inseeCode: z
    .string()
    .regex(/^[0-9][0-9AB][0-9]{3}$/)
    .nullable()
    .optional()
    .describe('Code INSEE de la commune'),
  commune: optionalText(100),
  quartier: optionalText(100),
  qpv: z.boolean().optional().describe('Quartier prioritaire de la politique de la ville'),
  socialFollowUp: z
    .enum(socialFollowUps)
    .nullable()
    .optional()
    .describe('Déjà suivi par un travailleur social : oui, non, inconnu (ne sait pas)'),
  metInOutreach: z
    .boolean()
    .optional()
    .describe('Rencontré lors d’une action d’aller-vers dont le décompte l’inclut déjà'),
};

/** `POST /api/households`. */
export const createHouseholdSchema = z.object({
  ...householdFields,
  persons: z.array(personInputSchema).min(1).max(20).describe('Personnes du ménage'),
});

/** `PATCH /api/households/:id`. */
export const updateHouseholdSchema = z.object(householdFields);

/** `GET /api/households` query. */
export const householdSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe(
      'Nom ou prénom (même mal orthographié), date de naissance (JJ/MM/AAAA) ou téléphone, dans une seule saisie',
    ),
  birthDate: z
    .string()
    .trim()
    .refine((value) => parseBirthDate(value) !== undefined, {
      message: 'date de naissance invalide (JJ/MM/AAAA ou AAAA-MM-JJ attendu)',
    })
    .optional()
    .describe('Date de naissance, JJ/MM/AAAA ou AAAA-MM-JJ'),
  phone: z.string().trim().min(6).max(30).optional().describe('Téléphone, tel qu’il est saisi'),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

/** `POST /api/households/:id/consents`. */
export const consentInputSchema = z.object({
  scope: z.enum(consentScopes),
  method: z.enum(consentMethods),
  givenOn: isoDate,
  personId: z.uuid().nullable().optional(),
  partnerOrganisationId: z.uuid().nullable().optional(),
});

/** `POST /api/households/:id/bilans`: the bilan exported by the web app. */
export const bilanInputSchema = z.object({
  version: z.string().min(1).max(100).describe('Version du moteur de règles'),
  parametersVersion: z.string().min(1).max(100).optional(),
  date: z.string().optional(),
  period: z
    .string()
    .regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, 'mois invalide (format AAAA-MM attendu)')
    .describe('Mois calculé, AAAA-MM'),
  answers: z.unknown(),
  situation: z.unknown(),
  results: z.unknown(),
  clientId: z
    .uuid()
    .optional()
    .describe('Identifiant donné par l’appareil : un envoi répété n’enregistre pas deux fois'),
});

/** `POST /api/bilans`: a bilan from the device's queue, its case file and the person's consent. */
export const bilanSyncSchema = z.object({
  clientId: z.uuid().describe('Identifiant donné par l’appareil au bilan'),
  household: z
    .union([z.object({ id: z.uuid() }), z.object({ create: createHouseholdSchema })])
    .describe('Ménage existant de mon organisation, ou nouveau dossier'),
  consent: z
    .object({ method: z.enum(consentMethods), givenOn: isoDate })
    .describe('Consentement de la personne à l’enregistrement du bilan'),
  bilan: bilanInputSchema.omit({ clientId: true }),
});

/** A bilan saved (201) or found already saved under the same client id (200). */
export const savedBilanSchema = z.object({
  id: z.uuid(),
  householdId: z.uuid(),
  created: z.boolean(),
});

const rightFields = {
  stage: z.enum(rightStages).optional(),
  inChargeOrganisationId: z.uuid().nullable().optional(),
  estimatedMonthly: z.number().min(0).max(100000).nullable().optional(),
  actualMonthly: z.number().min(0).max(100000).nullable().optional(),
  closureReason: z.enum(closureReasons).nullable().optional(),
  closureNote: optionalText(1000),
};

/** `POST /api/households/:id/rights`. */
export const openRightSchema = z.object({
  ...rightFields,
  benefit: z
    .enum(choosableBenefitIds)
    .describe('Prestation, identifiant de @znr/rules (rsa, ppa, aide_logement…)'),
  bilanId: z.uuid().nullable().optional(),
});

/** `PATCH /api/rights/:id`. */
export const updateRightSchema = z.object(rightFields);

/** `POST /api/households/:id/referrals`. */
export const referralInputSchema = z.object({
  toOrganisationId: z.uuid(),
  purpose: z.string().trim().min(1).max(500).describe('Objet de l’orientation'),
  shares: z.array(z.enum(sharedParts)).min(1).describe('Parties du dossier partagées'),
  consent: z
    .object({
      method: z.enum(consentMethods),
      givenOn: isoDate,
      personId: z.uuid().nullable().optional(),
    })
    .describe('Consentement de la personne au partage avec cette organisation'),
});

/** `PATCH /api/referrals/:id`. */
export const referralAnswerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('acceptee') }),
  z.object({ status: z.literal('refusee'), reason: z.string().trim().min(1).max(500) }),
  z.object({ status: z.literal('cloturee'), outcome: z.string().trim().min(1).max(1000) }),
]);

/** A created resource. */
export const createdSchema = z.object({ id: z.uuid() });

/** A household as listed. */
export const householdSummarySchema = z.object({
  id: z.uuid(),
  owned: z
    .boolean()
    .describe('Le ménage appartient à mon organisation (sinon : orientation reçue)'),
  commune: z.string().nullable(),
  quartier: z.string().nullable(),
  lastActivityAt: z.string(),
  persons: z.array(
    z.object({ firstName: z.string(), lastName: z.string(), birthDate: z.string().nullable() }),
  ),
});

const instant = z.string().describe('Date et heure ISO 8601');
const money = z.number().nullable().describe('Montant mensuel en euros');

/** A person of a case file. */
export const personSchema = z.object({
  id: z.string(),
  role: z.enum(personRoles),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

/** A consent of a case file; withdrawn once `withdrawnAt` is set. */
export const consentSchema = z.object({
  id: z.string(),
  personId: z.string().nullable(),
  scope: z.enum(consentScopes),
  partnerOrganisationId: z.string().nullable(),
  method: z.enum(consentMethods),
  recordedBy: z.string().nullable(),
  recordedAt: instant,
  withdrawnAt: instant.nullable(),
  givenOn: z.string(),
});

/** A bilan saved to a case file (its situation and results are read one by one). */
export const bilanSummarySchema = z.object({
  id: z.string(),
  period: z.string(),
  engineVersion: z.string(),
  parametersVersion: z.string(),
  authorId: z.string().nullable(),
  createdAt: instant,
});

/** A followed right, with the label of its stage and every stage it went through. */
export const followedRightSchema = z.object({
  id: z.string(),
  householdId: z.string(),
  organisationId: z.string(),
  benefit: z.string(),
  stage: z.enum(rightStages),
  stageLabel: z.string().describe('Libellé de l’étape, en français'),
  inChargeOrganisationId: z.string().nullable(),
  estimatedMonthly: money,
  actualMonthly: money,
  closureReason: z.enum(closureReasons).nullable(),
  closureNote: z.string().nullable(),
  bilanId: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
  history: z.array(
    z.object({
      rightId: z.string(),
      stage: z.enum(rightStages),
      stageLabel: z.string(),
      changedAt: instant,
      changedByOrganisationId: z.string().nullable(),
    }),
  ),
});

/** A referral of a case file. */
export const referralSchema = z.object({
  id: z.string(),
  householdId: z.string(),
  fromOrganisationId: z.string(),
  toOrganisationId: z.string(),
  consentId: z.string(),
  purpose: z.string(),
  shares: z.array(z.enum(sharedParts)),
  status: z.enum(referralStatuses),
  refusalReason: z.string().nullable(),
  outcome: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: instant,
  answeredAt: instant.nullable(),
  closedAt: instant.nullable(),
});

/** A task of a case file, open ones first. */
export const caseFileTaskSchema = z.object({
  id: z.string(),
  title: z.string(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  status: z.enum(taskStatuses),
  outcome: z.string().nullable(),
  dueOn: z.string().nullable(),
  createdAt: instant,
  closedAt: instant.nullable(),
});

/** The case file of a household. */
export const householdSchema = z.object({
  id: z.string(),
  owned: z.boolean(),
  address: z.string().nullable(),
  inseeCode: z.string().nullable(),
  commune: z.string().nullable(),
  quartier: z.string().nullable(),
  qpv: z.boolean(),
  socialFollowUp: z.enum(socialFollowUps).nullable(),
  metInOutreach: z.boolean(),
  closedAt: z.string().nullable().describe('Accompagnement clos le (sinon en cours)'),
  outcome: z.string().nullable().describe('Résultat de l’accompagnement, une fois clos'),
  lastActivityAt: z.string(),
  persons: z.array(personSchema),
  consents: z.array(consentSchema),
  bilans: z.array(bilanSummarySchema),
  rights: z.array(followedRightSchema),
  referrals: z.array(referralSchema),
  tasks: z.array(caseFileTaskSchema),
});

/** A referral of the inbox, with both organisations' names, its age and its messages. */
export const inboxReferralSchema = z.object({
  id: z.string(),
  householdId: z.string(),
  purpose: z.string(),
  status: z.enum(referralStatuses),
  refusalReason: z.string().nullable(),
  outcome: z.string().nullable(),
  shares: z.array(z.enum(sharedParts)),
  createdAt: instant,
  fromOrganisationId: z.string(),
  toOrganisationId: z.string(),
  fromName: z.string(),
  toName: z.string(),
  ageDays: z.number().describe('Âge en jours'),
  waiting: z.boolean().describe('Encore « envoyée » après le délai de relance'),
  messageCount: z.number(),
  lastReminderAt: instant.nullable(),
});

/** The referral inbox. */
export const inboxSchema = z.object({
  counts: z.record(z.enum(referralStatuses), z.number()),
  waiting: z.number().describe('Orientations reçues encore « envoyées » après le délai de relance'),
  reminderAfterDays: z.number().describe('Délai de relance, en jours (ZNR_REFERRAL_REMINDER_DAYS)'),
  received: z.array(inboxReferralSchema),
  sent: z.array(inboxReferralSchema),
});

/** The audit entries of a household. */
export const auditSchema = z.array(
  z.object({
    seq: z.number(),
    at: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    userId: z.string().nullable(),
    organisationId: z.string().nullable(),
    userName: z.string().nullable(),
    organisationName: z.string().nullable(),
  }),
);
