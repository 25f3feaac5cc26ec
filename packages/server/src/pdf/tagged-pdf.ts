import PDFDocument from 'pdfkit';

/** A tagged PDF being written, its root structure element, and its bytes once ended. */
export interface TaggedPdf {
  doc: PDFKit.PDFDocument;
  root: PDFKit.PDFStructureElement;
  /** Resolves with the whole file after `root.end(); doc.end()`. */
  done: Promise<Buffer>;
}

/**
 * Starts an A4 tagged PDF in French (structure tree, language fr-FR, title shown by readers), the
 * shape every document of the platform takes so that a screen reader follows it.
 */
export function startTaggedPdf(options: {
  title: string;
  author?: string;
  margin: number;
  autoFirstPage?: boolean;
}): TaggedPdf {
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    tagged: true,
    lang: 'fr-FR',
    displayTitle: true,
    size: 'A4',
    margin: options.margin,
    autoFirstPage: options.autoFirstPage ?? true,
    info: { Title: options.title, ...(options.author ? { Author: options.author } : {}) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  const root = doc.struct('Document');
  doc.addStructure(root);
  return { doc, root, done };
}
