// The entry points of PDFKit 0.20 that @types/pdfkit (written for 0.17) does not describe: the
// output helper and the standard fonts' metrics that its browser build registers.
declare module 'pdfkit/output' {
  export function toBytes(document: PDFKit.PDFDocument): Promise<Uint8Array>;
}

declare module 'pdfkit/standard-fonts/Helvetica' {
  const font: unknown;
  export default font;
}

declare module 'pdfkit/standard-fonts/HelveticaBold' {
  const font: unknown;
  export default font;
}
