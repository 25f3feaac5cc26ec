// The person's copy as a PDF, made in the browser with pdf-lib (no network: it works offline).
// The standard Helvetica font covers French (WinAnsi: accents, œ, €, ’); anything else is replaced.
import type { PDFFont } from 'pdf-lib';
import type { CopyBlock } from './person-copy.ts';

const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const sizes: Record<CopyBlock['kind'], number> = {
  title: 20,
  heading: 13,
  text: 11,
  item: 11,
  link: 10,
};

// Characters of WinAnsi beyond Latin-1.
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Replaces what the standard font cannot print (narrow spaces, symbols) with close characters. */
export function printable(text: string): string {
  return text
    .replace(/[\u202f\u2009]/g, ' ')
    .replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, (c) => (WIN_ANSI_EXTRA.includes(c) ? c : '?'));
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Builds the PDF of the person's copy; `title` goes in the document's metadata. */
export async function personCopyPdf(
  blocks: readonly CopyBlock[],
  title: string,
): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(printable(title), { showInWindowTitleBar: true });
  pdf.setLanguage('fr-FR');
  pdf.setSubject('Estimation des aides sociales et démarches à faire');
  pdf.setCreator('Zéro non-recours');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = PAGE.width - 2 * PAGE.margin;
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const block of blocks) {
    const size = sizes[block.kind];
    const font = block.kind === 'title' || block.kind === 'heading' ? bold : regular;
    const indent = block.kind === 'item' ? 14 : 0;
    const text = printable(block.kind === 'item' ? `• ${block.text}` : block.text);
    if (block.kind === 'heading') y -= 10;
    for (const line of wrap(text, font, size, width - indent)) {
      if (y < PAGE.margin + size) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      y -= size * 1.35;
      page.drawText(line, {
        x: PAGE.margin + indent,
        y,
        size,
        font,
        color: block.kind === 'link' ? rgb(0, 0, 0.57) : rgb(0.09, 0.09, 0.09),
      });
    }
    y -= block.kind === 'title' ? 12 : 4;
  }
  return pdf.save();
}
