import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildAnswers } from '../../../test/bilan-answers.ts';
import { bilanBudget } from './bilan-budget.ts';
import { otherAidsFor } from './other-aids.ts';
import { personCopy, type CopyBlock } from './person-copy.ts';
import { personCopyPdf } from './person-copy-pdf.ts';
import { runBilan } from './run-bilan.ts';

const answers = buildAnswers({
  'demandeur.activite': { value: 'actif' },
  'demandeur.salaire_net': { value: 700 },
});
const outcome = runBilan(answers, '2026-06');
if (!outcome.ok) throw new Error(outcome.issues.join(' '));
const blocks = personCopy(
  outcome.views,
  { name: 'CCAS de Vénissieux', details: ['04 72 21 44 44'] },
  new Date('2026-06-15T10:00:00Z'),
  {
    otherAids: otherAidsFor(answers, outcome.views, outcome.period),
    budget: bilanBudget(answers, outcome.views, outcome.period),
  },
);
const title = 'Bilan de droits du 15 juin 2026';

/** The structure types a reader meets, in reading order: what the blocks should become. */
function expectedTypes(copy: readonly CopyBlock[]): string[] {
  const types: string[] = [];
  for (const [k, block] of copy.entries()) {
    if (block.kind === 'item') {
      if (copy[k - 1]?.kind !== 'item') types.push('L');
    } else {
      types.push({ title: 'H1', heading: 'H2', text: 'P', link: 'P' }[block.kind]);
    }
  }
  return types;
}

const text = (value: PDFObject | undefined) =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

describe('the PDF of the person’s copy', async () => {
  const bytes = await personCopyPdf(blocks, title);
  const pdf = await PDFDocument.load(bytes);
  const catalog = pdf.catalog;
  const kids = (element: PDFDict): PDFDict[] => {
    const k = element.lookup(PDFName.of('K'));
    const list = k instanceof PDFArray ? k.asArray().map((ref) => pdf.context.lookup(ref)) : [k];
    return list.filter((kid): kid is PDFDict => kid instanceof PDFDict);
  };
  // Marked-content and object references (MCR, OBJR) have no structure type.
  const typeOf = (element: PDFDict) => {
    const type = element.lookup(PDFName.of('S'));
    return type instanceof PDFName ? type.decodeText() : undefined;
  };

  it('is tagged: marked, with a structure tree, in French, its title shown', () => {
    const markInfo = catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(markInfo.lookup(PDFName.of('Marked'))).toBe(PDFBool.True);
    expect(catalog.lookup(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFDict);
    expect(text(catalog.lookup(PDFName.of('Lang')))).toBe('fr-FR');
    const viewer = catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(viewer.lookup(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    expect(pdf.getTitle()).toBe(title);
  });

  it('reads in the order of the copy: H1, then each benefit’s H2, paragraphs and lists', () => {
    const root = catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const [document] = kids(root);
    expect(typeOf(document!)).toBe('Document');
    const types = kids(document!).map(typeOf);
    expect(types).toEqual(expectedTypes(blocks));
    // « L'essentiel », each right open or to check, the refusals, budget, other aids, contact.
    const refused = outcome.views.filter((view) => view.status === 'non_eligible').length;
    expect(refused).toBeGreaterThan(0);
    expect(types.filter((t) => t === 'H2').length).toBe(outcome.views.length - refused + 5);
  });

  it('tags each list item and each link, the link holding its annotation', () => {
    const [document] = kids(catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict));
    const lists = kids(document!).filter((element) => typeOf(element) === 'L');
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      expect(
        kids(list)
          .map(typeOf)
          .every((t) => t === 'LI'),
      ).toBe(true);
    }
    const links = kids(document!)
      .flatMap(kids)
      .filter((element) => typeOf(element) === 'Link');
    expect(links.length).toBe(blocks.filter((b) => b.kind === 'link').length);
    for (const link of links) {
      expect(text(link.lookup(PDFName.of('Alt')))).toMatch(/^Lien vers https:\/\//);
      const objr = kids(link).find((kid) => kid.lookup(PDFName.of('Type')) === PDFName.of('OBJR'));
      expect(objr?.lookup(PDFName.of('Obj'), PDFDict).lookup(PDFName.of('Subtype'))).toBe(
        PDFName.of('Link'),
      );
    }
  });

  it('runs over several pages', () => {
    expect(pdf.getPageCount()).toBeGreaterThan(1);
  });
});
