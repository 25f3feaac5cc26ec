// The person's copy as a tagged PDF (PDF/UA structure), made in the browser with PDFKit, so that
// it works offline and a screen reader reads it: structure tree (Document, H1, H2, P, L/LI, Link),
// reading order = the order of the blocks, language fr-FR, title shown in the window. The
// standard Helvetica font covers French (WinAnsi: accents, œ, €, ’); anything else is replaced.
// The copy holds no image: a logo added later needs its `alt`. Why PDFKit: docs/adr/0008-bilan-pdf-balise.md.
import type { CopyBlock } from './person-copy.ts';

const MARGIN = 56;
const INK = '#161616';
const LINK = '#000091';

// Characters of WinAnsi beyond Latin-1.
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Replaces what the standard font cannot print (narrow spaces, symbols) with close characters. */
export function printable(text: string): string {
  return text
    .replace(/[\u202f\u2009]/g, ' ')
    .replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, (c) => (WIN_ANSI_EXTRA.includes(c) ? c : '?'));
}

async function newDocument(title: string) {
  const [pdfkit, helvetica, helveticaBold, output] = await Promise.all([
    import('pdfkit'),
    import('pdfkit/standard-fonts/Helvetica'),
    import('pdfkit/standard-fonts/HelveticaBold'),
    import('pdfkit/output'),
  ]);
  // The browser build reads no font file: it is given the metrics (Node's build has no need).
  const { registerStdFonts } = pdfkit as unknown as {
    registerStdFonts?: (...f: unknown[]) => void;
  };
  registerStdFonts?.(helvetica.default, helveticaBold.default);
  const doc = new pdfkit.default({
    size: 'A4',
    margin: MARGIN,
    tagged: true,
    lang: 'fr-FR',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: title,
      Subject: 'Estimation des aides sociales et démarches à faire',
      Creator: 'Zéro non-recours',
    },
  });
  return { doc, bytes: output.toBytes(doc) };
}

/** One block as a structure element of `parent`, its text marked as that element's content. */
function addBlock(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  block: CopyBlock,
): void {
  const text = printable(block.text);
  switch (block.kind) {
    case 'title':
      parent.add(
        doc.struct('H1', {}, () =>
          doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text(text),
        ),
      );
      doc.moveDown(0.6);
      return;
    case 'heading':
      doc.moveDown(0.6);
      parent.add(
        doc.struct('H2', {}, () =>
          doc.font('Helvetica-Bold').fontSize(13).fillColor(INK).text(text),
        ),
      );
      doc.moveDown(0.2);
      return;
    case 'link': {
      // "En ligne : https://…": the address is a Link element holding the link annotation.
      const url = /https?:\/\/\S+/.exec(text)?.[0];
      const paragraph = doc.struct('P');
      parent.add(paragraph);
      if (url === undefined) {
        paragraph.add(() => doc.font('Helvetica').fontSize(10).fillColor(INK).text(text));
      } else {
        const before = text.slice(0, text.indexOf(url));
        paragraph.add(() =>
          doc.font('Helvetica').fontSize(10).fillColor(INK).text(before, { continued: true }),
        );
        paragraph.add(
          doc.struct('Link', { alt: `Lien vers ${url}` }, () =>
            doc.fillColor(LINK).text(url, { link: url, underline: true }),
          ),
        );
      }
      paragraph.end();
      doc.moveDown(0.2);
      return;
    }
    default:
      parent.add(
        doc.struct('P', {}, () => doc.font('Helvetica').fontSize(11).fillColor(INK).text(text)),
      );
      doc.moveDown(0.2);
  }
}

/** Builds the PDF of the person's copy; `title` is the document's title, shown by readers. */
export async function personCopyPdf(
  blocks: readonly CopyBlock[],
  title: string,
): Promise<Uint8Array> {
  const { doc, bytes } = await newDocument(printable(title));
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (let k = 0; k < blocks.length; k++) {
    if (blocks[k]!.kind !== 'item') {
      addBlock(doc, root, blocks[k]!);
      continue;
    }
    // Consecutive items are one list: L, then LI > Lbl + LBody for each.
    const items: string[] = [];
    while (blocks[k]?.kind === 'item') items.push(printable(blocks[k++]!.text));
    k--;
    const list = doc.struct('L');
    root.add(list);
    doc.font('Helvetica').fontSize(11).fillColor(INK);
    doc.list(items, { structParent: list, bulletRadius: 2, textIndent: 14, bulletIndent: 4 });
    list.end();
    doc.moveDown(0.2);
  }
  root.end();
  doc.end();
  return bytes;
}
