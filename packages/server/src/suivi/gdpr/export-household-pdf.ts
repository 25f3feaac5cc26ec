import { benefitName } from '@znr/rules';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { savedBenefits } from '../saved-benefits.ts';
import { rightStageLabels } from '../vocabulary.ts';
import { exportHousehold } from './export-household.ts';
import { startTaggedPdf } from '../../pdf/tagged-pdf.ts';

// The GDPR access request as a document a person can read: the same content as the JSON export,
// in French sentences, as a tagged PDF (structure tree, headings, paragraphs and lists, language
// fr-FR, title shown) so that a screen reader follows it. Standard fonts: not embedded, so not
// PDF/UA, which is as far as the library goes without shipping a font file.

type Content = NonNullable<Awaited<ReturnType<typeof exportHousehold>>>;

const roleLabels: Record<string, string> = {
  demandeur: 'demandeur ou demandeuse',
  conjoint: 'conjoint ou conjointe',
  enfant: 'enfant',
  autre: 'autre personne du ménage',
};
const scopeLabels: Record<string, string> = {
  bilan: 'enregistrer les bilans de droits au dossier',
  partage: 'partager le dossier avec',
  recontact: 'être recontacté',
};
const statusLabels: Record<string, string> = {
  envoyee: 'envoyée',
  acceptee: 'acceptée',
  refusee: 'refusée',
  cloturee: 'clôturée',
};

// Intl's French number format separates thousands with U+202F, absent from the standard fonts'
// WinAnsi encoding: use the no-break space it has.
const euros = (value: unknown) =>
  `${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .format(Number(value))
    .replace(/\u202f/g, '\u00a0')}\u00a0€`;
// An instant is shown as the day it was in France; a calendar date (`AAAA-MM-JJ`) as it is.
const parisDay = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
function day(value: Date | string | null): string {
  if (value === null) return 'non renseignée';
  if (value instanceof Date) return parisDay.format(value);
  return value.slice(0, 10).split('-').reverse().join('/');
}

/** The names the document prints instead of identifiers. */
interface Names {
  organisation: (id: string | null) => string;
  user: (id: string | null) => string;
}

function sections(content: Content, names: Names): { title: string; lines: string[] }[] {
  const { household } = content;
  return [
    {
      title: 'Le ménage',
      lines: [
        `Dossier ouvert le ${day(household.created_at)} par ${names.organisation(household.organisation_id)}.`,
        `Adresse : ${household.address ?? 'non renseignée'}.`,
        `Commune : ${household.commune ?? 'non renseignée'}${household.insee_code === null ? '' : ` (code INSEE ${household.insee_code})`}.`,
        `Quartier : ${household.quartier ?? 'non renseigné'}${household.qpv ? ', quartier prioritaire de la politique de la ville' : ''}.`,
        `Dernière activité : ${day(household.last_activity_at)}.`,
      ],
    },
    {
      title: 'Les personnes',
      lines: content.persons.map(
        (p) =>
          `${p.first_name} ${p.last_name}, ${roleLabels[p.role] ?? p.role} ; née ou né le ${day(p.birth_date)} ; téléphone : ${p.phone ?? 'non renseigné'} ; e-mail : ${p.email ?? 'non renseigné'}.`,
      ),
    },
    {
      title: 'Les consentements',
      lines: content.consents.map(
        (c) =>
          `Le ${day(c.given_on)}, accord ${c.method === 'oral' ? 'oral' : 'écrit'} pour ${scopeLabels[c.scope] ?? c.scope}${c.partner_organisation_id === null ? '' : ` ${names.organisation(c.partner_organisation_id)}`}, noté par ${names.user(c.recorded_by)}${c.withdrawn_at === null ? '' : ` ; retiré le ${day(c.withdrawn_at)}`}.`,
      ),
    },
    {
      title: 'Les bilans de droits',
      lines: content.bilans.map((b) => {
        const found = [...savedBenefits(b.results)]
          .filter(([, benefit]) => benefit.eligible && benefit.amount > 0)
          .map(([id, benefit]) => `${benefitName(id)} ${euros(benefit.amount)}`);
        return `Bilan du ${day(b.created_at)} pour le mois ${b.period}, par ${names.user(b.author_id)} (moteur ${b.engine_version}, paramètres ${b.parameters_version}) : ${found.length === 0 ? 'aucun droit estimé' : found.join(', ')}.`;
      }),
    },
    {
      title: 'Les droits suivis',
      lines: content.rights.map((r) => {
        const steps = content.rightHistory
          .filter((h) => h.right_id === r.id)
          .map((h) => `${rightStageLabels[h.stage] ?? h.stage} le ${day(h.changed_at)}`);
        const amounts = [
          r.estimated_monthly === null ? '' : `estimé ${euros(r.estimated_monthly)} par mois`,
          r.actual_monthly === null ? '' : `versé ${euros(r.actual_monthly)} par mois`,
        ].filter(Boolean);
        return `${benefitName(r.benefit)} : ${rightStageLabels[r.stage]}${amounts.length > 0 ? ` (${amounts.join(', ')})` : ''}${r.closure_note === null ? '' : ` ; ${r.closure_note}`}. Étapes : ${steps.join(', ')}.`;
      }),
    },
    {
      title: 'Les orientations vers des partenaires',
      lines: content.referrals.map((r) => {
        const messages = content.referralMessages.filter((m) => m.referral_id === r.id).length;
        return `Le ${day(r.created_at)}, de ${names.organisation(r.from_organisation_id)} vers ${names.organisation(r.to_organisation_id)} : ${r.purpose}. Parties partagées : ${r.shares.join(', ')}. État : ${statusLabels[r.status] ?? r.status}${r.refusal_reason === null ? '' : ` (motif : ${r.refusal_reason})`}${r.outcome === null ? '' : ` (résultat : ${r.outcome})`}. Messages : ${messages}.`;
      }),
    },
    {
      title: 'Les tâches de suivi',
      lines: content.tasks.map(
        (t) =>
          `${t.title}${t.due_on === null ? '' : `, pour le ${day(t.due_on)}`} : ${t.status === 'faite' ? 'faite' : 'à faire'}${t.outcome === null ? '' : ` (${t.outcome})`}.`,
      ),
    },
    {
      title: 'La fin de l’accompagnement',
      lines: content.followUpHistory.map((e) =>
        e.kind === 'cloture'
          ? `Accompagnement clos le ${day(e.at)} par ${names.user(e.recorded_by)} : ${e.outcome ?? ''}.`
          : `Accompagnement rouvert le ${day(e.at)} par ${names.user(e.recorded_by)}.`,
      ),
    },
  ];
}

/** Renders the export as a tagged PDF in French. */
export function renderHouseholdPdf(
  content: Content,
  names: Names,
  now = new Date(),
): Promise<Buffer> {
  const title = 'Données détenues sur votre ménage';
  const { doc, root, done } = startTaggedPdf({
    title,
    author: names.organisation(content.household.organisation_id),
    margin: 56,
  });
  doc.font('Helvetica-Bold').fontSize(20).text(title, { structParent: root, structType: 'H1' });
  doc
    .moveDown(0.5)
    .font('Helvetica')
    .fontSize(11)
    .text(
      `Document établi le ${day(now)} en réponse à votre demande d’accès (article 15 du RGPD). Il contient tout ce que la plateforme Zéro non-recours conserve sur votre ménage.`,
      { structParent: root },
    );
  for (const section of sections(content, names)) {
    const part = doc.struct('Sect');
    root.add(part);
    doc.moveDown(1).font('Helvetica-Bold').fontSize(14).text(section.title, {
      structParent: part,
      structType: 'H2',
    });
    doc.moveDown(0.3).font('Helvetica').fontSize(11);
    if (section.lines.length === 0) doc.text('Rien d’enregistré.', { structParent: part });
    else doc.list(section.lines, { structParent: part, bulletRadius: 2, textIndent: 12 });
    part.end();
  }
  root.end();
  doc.end();
  return done;
}

/**
 * The GDPR export of a household as a readable PDF; undefined when the actor's organisation does
 * not own it. The export itself is audited (`export`), as for the JSON.
 */
export async function exportHouseholdPdf(
  db: Kysely<Database>,
  actor: Actor,
  householdId: string,
): Promise<Buffer | undefined> {
  const content = await exportHousehold(db, actor, householdId);
  if (content === undefined) return undefined;
  // The professionals named in the file: every `…_by` and `author_id` column of its rows.
  const userIds = new Set<string>();
  for (const rows of Object.values(content)) {
    for (const row of Array.isArray(rows) ? rows : [rows]) {
      for (const [key, value] of Object.entries(row as object)) {
        if ((key.endsWith('_by') || key === 'author_id') && typeof value === 'string') {
          userIds.add(value);
        }
      }
    }
  }
  const { organisations, users } = await withActor(db, actor, async (trx) => ({
    organisations: await trx.selectFrom('organisation').select(['id', 'name']).execute(),
    users:
      userIds.size === 0
        ? []
        : await trx
            .selectFrom('app_user')
            .select(['id', 'display_name'])
            .where('id', 'in', [...userIds])
            .execute(),
  }));
  const orgNames = new Map(organisations.map((o) => [o.id, o.name]));
  const userNames = new Map(users.map((u) => [u.id, u.display_name]));
  return renderHouseholdPdf(content, {
    organisation: (id) =>
      id === null ? 'inconnue' : (orgNames.get(id) ?? 'organisation supprimée'),
    user: (id) =>
      id === null ? 'un compte supprimé' : (userNames.get(id) ?? 'un compte supprimé'),
  });
}
