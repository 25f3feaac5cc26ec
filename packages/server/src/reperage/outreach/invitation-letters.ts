import { isBenefitId } from '@znr/rules';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { outreachBenefitLabels } from './vocabulary.ts';
import { startTaggedPdf } from '../../pdf/tagged-pdf.ts';
import { needsLetter, reidentify, type CandidateIdentity } from './list-my-candidates.ts';

/** The meeting the letter proposes; without it, the letter asks the person to call. */
export interface MeetingProposal {
  /** 'YYYY-MM-DDTHH:MM', local time of the territory. */
  at: string;
  place: string;
}

/** One letter: who writes, to whom, about what. */
export interface Letter {
  organisation: {
    name: string;
    address: string | null;
    phone: string | null;
    email: string | null;
  };
  signatory: string;
  recipient: CandidateIdentity;
  benefits: string[];
  meeting: MeetingProposal | null;
}

// Standard fonts use WinAnsi, without U+202F: a no-break space instead (as the GDPR export).
const nbsp = (text: string) => text.replace(/\u202f/g, '\u00a0');

function longDate(date: Date): string {
  return nbsp(
    new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(date),
  );
}

function meetingText(meeting: MeetingProposal | null, phone: string | null): string {
  if (meeting === null) {
    return `Nous vous proposons de nous appeler${phone ? ` au ${phone}` : ''} pour convenir ensemble d’un rendez-vous, au moment qui vous arrange.`;
  }
  const [day, time] = meeting.at.split('T');
  const when = nbsp(
    new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: 'UTC' }).format(
      new Date(`${day}T00:00:00Z`),
    ),
  );
  return `Nous vous proposons un rendez-vous le ${when} à ${time!.replace(':', ' h ')}, ${meeting.place}. Si ce moment ne vous convient pas, appelez-nous${phone ? ` au ${phone}` : ''} pour en choisir un autre.`;
}

function recipientLines(r: CandidateIdentity): string[] {
  const name = [r.firstNames, r.lastName ?? r.birthName].filter(Boolean).join(' ');
  return [name, r.address ?? '', [r.postcode, r.commune].filter(Boolean).join(' ')].filter(Boolean);
}

/**
 * The invitation letters, one page each, as one tagged PDF in French (structure tree, language,
 * title): the organisation's details, the person's address, the right concerned, a meeting proposal.
 */
export function renderLetters(letters: Letter[], now = new Date()): Promise<Buffer> {
  const { doc, root, done } = startTaggedPdf({
    title: 'Invitation à un rendez-vous sur vos droits',
    margin: 64,
    autoFirstPage: false,
  });
  for (const letter of letters) {
    doc.addPage();
    const part = doc.struct('Sect');
    root.add(part);
    const o = letter.organisation;
    const text = (value: string, options: PDFKit.Mixins.TextOptions = {}) =>
      doc.text(value, { structParent: part, ...options });
    doc.font('Helvetica-Bold').fontSize(12);
    text(o.name);
    doc.font('Helvetica').fontSize(10);
    for (const line of [
      o.address,
      o.phone && `Téléphone : ${o.phone}`,
      o.email && `Courriel : ${o.email}`,
    ]) {
      if (line) text(line);
    }
    doc.moveDown(2).fontSize(11);
    for (const line of recipientLines(letter.recipient)) text(line, { align: 'right' });
    doc.moveDown(1.5);
    text(`Le ${longDate(now)}`, { align: 'right' });
    doc.moveDown(1.5).font('Helvetica-Bold');
    // The database holds only the vocabulary's ids (migration 0024).
    const rights = letter.benefits
      .map((b) => (isBenefitId(b) ? outreachBenefitLabels[b] : b))
      .join(' et ');
    text(`Objet : vos droits à ${rights}`, { structType: 'H1' });
    doc.moveDown(1).font('Helvetica');
    text('Madame, Monsieur,');
    doc.moveDown(0.5);
    text(
      `Les organismes de votre territoire travaillent ensemble pour que chacun touche les aides auxquelles il a droit. D’après les informations dont ils disposent, vous pourriez avoir droit à ${rights}, que vous ne recevez pas aujourd’hui.`,
    );
    doc.moveDown(0.5);
    text(meetingText(letter.meeting, o.phone));
    doc.moveDown(0.5);
    text(
      'Ce rendez-vous est gratuit et sans engagement. Nous ferons le point avec vous sur l’ensemble de vos droits et, si vous le souhaitez, nous vous aiderons à faire les démarches. Pensez à apporter vos derniers justificatifs de ressources et votre avis d’imposition.',
    );
    doc.moveDown(0.5);
    text(
      'Si vous ne souhaitez pas être recontacté, dites-le-nous simplement : nous ne vous solliciterons plus.',
    );
    doc.moveDown(1);
    text('Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.');
    doc.moveDown(1.5);
    text(letter.signatory, { align: 'right' });
    text(o.name, { align: 'right' });
    part.end();
  }
  root.end();
  doc.end();
  return done;
}

/**
 * The mail merge of an assignee: a letter for each of their candidates (all, or those listed) that
 * no source gives a phone or an e-mail for. Each letter re-identifies its candidate and is audited
 * (`courrier`). Returns undefined when no candidate needs a letter.
 */
export async function invitationLetters(
  db: Kysely<Database>,
  actor: Actor,
  input: { candidateIds?: string[] | undefined; meeting?: MeetingProposal | null | undefined },
  now = new Date(),
): Promise<{ pdf: Buffer; count: number } | undefined> {
  const letters = await withActor(db, actor, async (trx) => {
    let query = trx
      .selectFrom('outreach_candidate')
      .select(['id', 'benefits'])
      .where('assigned_to', '=', actor.userId)
      .where('assigned_organisation_id', '=', actor.organisationId);
    if (input.candidateIds !== undefined && input.candidateIds.length > 0) {
      query = query.where('id', 'in', input.candidateIds);
    }
    const candidates = await query.orderBy('priority', 'desc').orderBy('id').execute();
    const organisation = await trx
      .selectFrom('organisation')
      .select(['name', 'address', 'phone', 'email'])
      .where('id', '=', actor.organisationId)
      .executeTakeFirstOrThrow();
    const user = await trx
      .selectFrom('app_user')
      .select('display_name')
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    const out: Letter[] = [];
    for (const candidate of candidates) {
      const identities = await reidentify(trx, actor, candidate.id);
      const recipient = identities.find((i) => i.address) ?? identities[0];
      if (!needsLetter(identities) || recipient === undefined) continue;
      out.push({
        organisation,
        signatory: user.display_name,
        recipient,
        benefits: candidate.benefits,
        meeting: input.meeting ?? null,
      });
      await trx
        .updateTable('outreach_candidate')
        .set({ letter_at: now })
        .where('id', '=', candidate.id)
        .execute();
      await appendAudit(trx, actor, {
        action: 'courrier',
        entity: 'outreach_candidate',
        entityId: candidate.id,
      });
    }
    return out;
  });
  if (letters.length === 0) return undefined;
  return { pdf: await renderLetters(letters, now), count: letters.length };
}
